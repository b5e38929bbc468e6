import { describe, expect, it } from 'vitest';
import { rankAlternatives } from '../../src/registry/alternatives';
import type { Tool } from '../../src/registry/types';
import realTools from '../support/registry-data';

const base = { vendor: 'V', sources: ['https://a.example/x'], verified: '2026-11-27' };
const mk = (id: string, country: string, category: Tool['category'], extra: Partial<Tool> = {}): Tool => ({
  ...base, id, name: { ko: id, en: id }, country, category, hosts: [`${id}.example`], confidence: 'high',
  ...(country === 'KR' ? { fit: { ko: '한 줄', en: 'one line' } } : {}), ...extra,
});

describe('Korean alternatives ranking', () => {
  const foreign = mk('gpt', 'US', 'chat', { also: ['writing'] });
  const tools = [
    foreign,
    mk('k-paid', 'KR', 'chat', { freeTier: false }),
    mk('k-free', 'KR', 'chat', { freeTier: true }),
    mk('k-unknown', 'KR', 'chat'),
    mk('k-medium', 'KR', 'chat', { freeTier: true, confidence: 'medium' }),
    mk('k-also', 'KR', 'search', { also: ['chat'], freeTier: true }),
    mk('k-writer', 'KR', 'writing', { freeTier: true }),
    mk('k-closed', 'KR', 'chat', { freeTier: true, status: { state: 'shutdown', date: '2024-01', note: 'closed' } }),
    mk('k-image', 'KR', 'image', { freeTier: true }),
    mk('jp-chat', 'JP', 'chat', { freeTier: true }),
  ];

  it('orders by task match, then free tier, then confidence', () => {
    expect(rankAlternatives(foreign, tools, 10).map((t) => t.id)).toEqual(
      ['k-free', 'k-medium', 'k-unknown', 'k-paid', 'k-also', 'k-writer'],
    );
  });

  it('never offers shut-down, foreign or unrelated tools, and caps the list', () => {
    const ids = rankAlternatives(foreign, tools).map((t) => t.id);
    expect(ids).not.toContain('k-closed');
    expect(ids).not.toContain('jp-chat');
    expect(ids).not.toContain('k-image');
    expect(ids).toHaveLength(5);
  });

  it('offers nothing for a Korean tool', () => {
    expect(rankAlternatives(tools[1]!, tools)).toEqual([]);
  });

  it('gives every foreign tool in the real registry alternatives when its category has a Korean tool', () => {
    const koreanCategories = new Set(realTools.filter((t) => t.country === 'KR' && !t.status).flatMap((t) => [t.category, ...(t.also ?? [])]));
    const missing = realTools.filter((t) => t.country !== 'KR' && koreanCategories.has(t.category) && rankAlternatives(t, realTools).length === 0);
    expect(missing.map((t) => t.id)).toEqual([]);
  });
});
