/** The exclusion picker's search: Korean name, English name, host; case, spaces and dots ignored; best first. */
import { describe, expect, it } from 'vitest';
import allTools from '../support/registry-data';
import { searchTools } from '../../src/report/tool-search';

const TOOLS = allTools.map((t) => ({ id: t.id, label: { name: t.name }, hosts: t.hosts }));
const ids = (query: string) => searchTools(TOOLS, query).map((t) => t.id);

describe('tool search', () => {
  it('finds a tool by its Korean name, English name or host', () => {
    for (const query of ['클링', '클링 AI', 'kling', 'Kling AI', 'KLINGAI.COM', 'klingai']) expect(ids(query)[0], query).toBe('kling-ai');
    expect(ids('챗GPT')[0]).toBe('chatgpt');
    expect(ids('chat gpt')[0]).toBe('chatgpt');
    expect(ids('chatgpt.com')[0]).toBe('chatgpt');
    expect(ids('뤼튼')[0]).toBe('wrtn');
    expect(ids('wrtn.ai')[0]).toBe('wrtn');
  });

  it('puts names that start with the query before names that merely contain it', () => {
    const tools = [
      { id: 'a', label: { name: { ko: '노트 AI', en: 'Note AI' } }, hosts: ['note.example'] },
      { id: 'b', label: { name: { ko: 'AI 노트', en: 'AI Note' } }, hosts: ['ainote.example'] },
    ];
    expect(searchTools(tools, 'ai').map((t) => t.id)).toEqual(['b', 'a']);
    expect(searchTools(tools, '노트').map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('shows nothing for an empty query, and at most the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(searchTools(TOOLS, 'a', 8)).toHaveLength(8);
    expect(ids('zzzz-no-such-tool')).toEqual([]);
  });
});
