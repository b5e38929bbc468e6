/** A valid synthetic registry entry for unit tests; override what the test is about. */
import type { Tool } from '../../src/registry/types';

export function makeTool(id: string, extra: Partial<Tool> = {}): Tool {
  const country = extra.country ?? 'US';
  return {
    id,
    name: { ko: id, en: id },
    vendor: 'V',
    country,
    category: 'chat',
    jobs: ['chat-assistant'],
    aiRole: 'core',
    hosts: [`${id}.example`],
    sources: [{ url: `https://${id}.example/terms`, title: 'Terms', kind: 'official', quote: 'V, Inc. operates this.' }],
    verified: '2026-11-30',
    confidence: 'high',
    ...(country === 'KR' ? { fit: { ko: '한 줄', en: 'one line' } } : {}),
    ...extra,
  };
}
