/**
 * The controlled vocabulary of jobs a tool does. Alternatives are ranked on shared jobs, so a job must be
 * concrete enough that two tools sharing it could replace each other for that task. `jobs[0]` of an entry
 * is its main job. Their labels (what the popup and card show: "이미지 생성은 안 돼요") are in job-labels.ts,
 * which the page-visit half of the worker never needs (issue 19: each start holds its whole script).
 */
export const JOB_IDS = [
  'chat-assistant',
  'character-chat',
  'ai-search',
  'ai-agent',
  'research-papers',
  'document-qa',
  'meeting-notes',
  'transcription',
  'translation',
  'dubbing',
  'writing-assistant',
  'grammar-check',
  'marketing-copy',
  'image-generation',
  'photo-editing',
  'product-photos',
  'design-templates',
  'presentations',
  'diagrams',
  'text-to-video',
  'avatar-video',
  'video-editing',
  'short-clips',
  'voice-tts',
  'voice-changer',
  'music-generation',
  'audio-editing',
  '3d-generation',
  'coding-assistant',
  'app-builder',
  'llm-platform',
  'workflow-automation',
  'chatbot-builder',
  'customer-support',
  'social-scheduling',
  'notes-workspace',
  'homework-help',
  'language-learning',
  'tutoring',
  'legal',
  'hiring',
  'health',
] as const;

export type Job = (typeof JOB_IDS)[number];
export const isJob = (v: unknown): v is Job => typeof v === 'string' && (JOB_IDS as readonly string[]).includes(v);
