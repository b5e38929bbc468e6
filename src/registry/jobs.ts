/**
 * The controlled vocabulary of jobs a tool does. Alternatives are ranked on shared jobs, so a job must be
 * concrete enough that two tools sharing it could replace each other for that task. `jobs[0]` of an entry
 * is its main job. Labels are what the popup and card show ("이미지 생성은 안 돼요").
 */
export const JOBS = {
  'chat-assistant': { ko: 'AI 채팅', en: 'AI chat' },
  'character-chat': { ko: '캐릭터 채팅', en: 'character chat' },
  'ai-search': { ko: 'AI 검색', en: 'AI search' },
  'ai-agent': { ko: 'AI 에이전트', en: 'AI agent' },
  'research-papers': { ko: '논문 검색·읽기', en: 'research papers' },
  'document-qa': { ko: '문서·영상 요약', en: 'document and video summaries' },
  'meeting-notes': { ko: '회의록', en: 'meeting notes' },
  'transcription': { ko: '받아쓰기', en: 'transcription' },
  'translation': { ko: '번역', en: 'translation' },
  'dubbing': { ko: 'AI 더빙', en: 'AI dubbing' },
  'writing-assistant': { ko: '글쓰기', en: 'writing' },
  'grammar-check': { ko: '맞춤법·문법 검사', en: 'grammar check' },
  'marketing-copy': { ko: '마케팅 문구·SEO', en: 'marketing copy and SEO' },
  'image-generation': { ko: '이미지 생성', en: 'image generation' },
  'photo-editing': { ko: '사진 편집', en: 'photo editing' },
  'product-photos': { ko: '상품 사진', en: 'product photos' },
  'design-templates': { ko: '디자인 템플릿', en: 'design templates' },
  'presentations': { ko: '발표 자료', en: 'presentations' },
  'diagrams': { ko: '도식·마인드맵', en: 'diagrams and mind maps' },
  'text-to-video': { ko: '영상 생성', en: 'video generation' },
  'avatar-video': { ko: 'AI 아바타 영상', en: 'avatar video' },
  'video-editing': { ko: '영상 편집', en: 'video editing' },
  'short-clips': { ko: '쇼츠 만들기', en: 'short clips' },
  'voice-tts': { ko: 'AI 목소리(TTS)', en: 'text to speech' },
  'voice-changer': { ko: '음성 변조', en: 'voice changer' },
  'music-generation': { ko: '음악 생성', en: 'music generation' },
  'audio-editing': { ko: '오디오 편집', en: 'audio editing' },
  '3d-generation': { ko: '3D 생성', en: '3D generation' },
  'coding-assistant': { ko: '코딩 도우미', en: 'coding assistant' },
  'app-builder': { ko: '앱·웹 만들기', en: 'app and site builder' },
  'llm-platform': { ko: 'AI 모델·API', en: 'AI models and API' },
  'workflow-automation': { ko: '업무 자동화', en: 'workflow automation' },
  'chatbot-builder': { ko: '챗봇 만들기', en: 'chatbot builder' },
  'customer-support': { ko: '고객 상담', en: 'customer support' },
  'social-scheduling': { ko: 'SNS 예약 게시', en: 'social scheduling' },
  'notes-workspace': { ko: '노트·협업 공간', en: 'notes and workspace' },
  'homework-help': { ko: '숙제·문제 풀이', en: 'homework help' },
  'language-learning': { ko: '외국어 학습', en: 'language learning' },
  'tutoring': { ko: '온라인 학습', en: 'online learning' },
  'legal': { ko: '법률', en: 'legal' },
  'hiring': { ko: '채용·면접', en: 'hiring and interviews' },
  'health': { ko: '의료', en: 'health' },
} as const satisfies Record<string, { ko: string; en: string }>;

export type Job = keyof typeof JOBS;
export const JOB_IDS = Object.keys(JOBS) as Job[];
export const isJob = (v: unknown): v is Job => typeof v === 'string' && Object.hasOwn(JOBS, v);
