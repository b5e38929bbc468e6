/** Korean alternatives are ranked on jobs: close (does the main job) before partial, picks first, honest when nothing fits. */
import { describe, expect, it } from 'vitest';
import { isConnectable, needsIntegrations, noCloseMatch, rankAlternatives } from '../../src/registry/alternatives';
import type { Job } from '../../src/registry/jobs';
import { isDomestic, type Tool } from '../../src/registry/types';
import { makeTool } from '../support/make-tool';
import realTools from '../support/registry-data';

const kr = (id: string, jobs: Job[], extra: Partial<Tool> = {}) => makeTool(id, { country: 'KR', jobs, ...extra });
const ids = (foreign: Tool, tools: Tool[], limit = 10) => rankAlternatives(foreign, tools, limit).map((a) => a.tool.id);

describe('alternatives ranking (rules)', () => {
  const midjourney = makeTool('mj', { category: 'image', jobs: ['image-generation', 'photo-editing'] });
  const tools = [
    midjourney,
    kr('k-3d', ['3d-generation', 'image-generation'], { category: 'image' }),
    kr('k-gen', ['image-generation'], { category: 'image', freeTier: true }),
    kr('k-gen-edit', ['image-generation', 'photo-editing'], { category: 'image' }),
    kr('k-edit', ['photo-editing'], { category: 'image', freeTier: true }),
    kr('k-chat', ['chat-assistant']),
    kr('k-closed', ['image-generation'], { status: { state: 'shutdown', date: '2025-01', note: 'closed' } }),
    kr('k-incidental', ['image-generation'], { aiRole: 'incidental' }),
    makeTool('jp-gen', { country: 'JP', jobs: ['image-generation'] }),
  ];

  it('puts tools that do the main job first, the most shared jobs and the same main job ahead', () => {
    expect(ids(midjourney, tools)).toEqual(['k-gen-edit', 'k-gen', 'k-3d', 'k-edit']);
    const [first, , , last] = rankAlternatives(midjourney, tools, 10);
    expect(first).toMatchObject({ match: 'close', shared: ['image-generation', 'photo-editing'] });
    expect(last).toMatchObject({ match: 'partial', shared: ['photo-editing'] });
  });

  it('prefers a tool whose own main job is the same over an all-rounder that shares more jobs', () => {
    const deepl = makeTool('dl', { category: 'translation', jobs: ['translation', 'writing-assistant', 'grammar-check'] });
    const papago = kr('k-translate', ['translation']);
    const chat = kr('k-chat-all', ['chat-assistant', 'translation', 'writing-assistant', 'grammar-check']);
    expect(ids(deepl, [deepl, chat, papago])).toEqual(['k-translate', 'k-chat-all']);
  });

  it('never offers shut-down, incidental-AI, foreign or unrelated tools', () => {
    const offered = ids(midjourney, tools);
    for (const id of ['k-closed', 'k-incidental', 'jp-gen', 'k-chat']) expect(offered).not.toContain(id);
  });

  it('says there is no close match when only partial ones exist', () => {
    const partialOnly = rankAlternatives(midjourney, tools.filter((t) => !['k-gen', 'k-gen-edit', 'k-3d'].includes(t.id)));
    expect(partialOnly.map((a) => a.match)).toEqual(['partial']);
    expect(noCloseMatch(partialOnly)).toBe(true);
    expect(noCloseMatch(rankAlternatives(midjourney, tools))).toBe(false);
  });

  it('puts hand-checked picks first within their match, with their reason, and skips picks that cannot be offered', () => {
    const why = { ko: '손으로 고른 이유', en: 'hand-checked' };
    const pinned = { ...midjourney, picks: [{ id: 'k-edit', why }, { id: 'k-3d', why }, { id: 'k-closed', why }] };
    const ranked = rankAlternatives(pinned, tools, 10);
    // A partial pick never jumps ahead of a tool that does the main job.
    expect(ranked.map((a) => a.tool.id)).toEqual(['k-3d', 'k-gen-edit', 'k-gen', 'k-edit']);
    expect(ranked[0]).toMatchObject({ why, match: 'close' });
    expect(ranked[3]).toMatchObject({ why, match: 'partial' });
  });

  it('ranks connectable tools first for automation and marketing tools, at the same match', () => {
    const manychat = makeTool('mc', { category: 'marketing', jobs: ['chatbot-builder'] });
    const plain = kr('k-bot', ['chatbot-builder'], { freeTier: true });
    const api = kr('k-bot-api', ['chatbot-builder'], { integrations: { api: 'self-serve', connectors: [], checked: '2026-11-30', sources: [] } });
    const unknown = kr('k-bot-unknown', ['chatbot-builder'], { integrations: { api: 'unknown', connectors: [], checked: '2026-11-30', sources: [] } });
    expect(ids(manychat, [manychat, plain, api, unknown])).toEqual(['k-bot-api', 'k-bot', 'k-bot-unknown']);
    // Not for a tool where connecting is beside the point: the free tier decides there.
    const chat = makeTool('gpt', { jobs: ['chat-assistant', 'chatbot-builder'] });
    expect(ids(chat, [chat, plain, api])[0]).toBe('k-bot');
    // Even a hand pick she cannot wire in comes after one she can, at the same match; picks still lead the rest.
    const why = { ko: '카톡 챗봇', en: 'KakaoTalk bots' };
    const picked = makeTool('mc2', { category: 'marketing', jobs: ['chatbot-builder'], picks: [{ id: 'k-bot', why }, { id: 'k-bot-unknown', why }] });
    expect(ids(picked, [picked, plain, api, unknown])).toEqual(['k-bot-api', 'k-bot', 'k-bot-unknown']);
  });

  it('offers nothing for a Korean tool', () => {
    expect(rankAlternatives(tools[1]!, tools)).toEqual([]);
  });
});

describe('alternatives in the real registry', () => {
  const byId = new Map(realTools.map((t) => [t.id, t]));
  const tool = (id: string) => {
    const t = byId.get(id);
    if (!t) throw new Error(`${id} is missing from the registry`);
    return t;
  };
  const first = (id: string) => rankAlternatives(tool(id), realTools)[0];

  it('on automation and marketing tools, nothing she cannot wire in comes before one she can (same match)', () => {
    expect(first('manychat')?.tool.id).toBe('channel-talk');
    for (const foreign of realTools.filter((t) => !isDomestic(t) && needsIntegrations(t))) {
      const alts = rankAlternatives(foreign, realTools);
      alts.forEach((a, i) => {
        const later = alts.slice(i + 1).filter((b) => b.match === a.match);
        if (!isConnectable(a.tool)) expect(later.some((b) => isConnectable(b.tool)), `${foreign.id}: ${a.tool.id}`).toBe(false);
      });
    }
  });

  it.each([
    ['chatgpt', 'chat-assistant'], ['deepseek', 'chat-assistant'], ['midjourney', 'image-generation'],
    ['krea', 'image-generation'], ['ideogram', 'image-generation'], ['kling-ai', 'text-to-video'],
    ['canva', 'design-templates'], ['manychat', 'chatbot-builder'], ['character-ai', 'character-chat'],
    ['heygen', 'avatar-video'],
  ] as const)('%s: the first Korean alternative does its main job (%s)', (id, job) => {
    expect(tool(id).jobs[0]).toBe(job);
    expect(first(id)).toMatchObject({ match: 'close' });
    expect(first(id)!.tool.jobs).toContain(job);
  });

  // Each of these did one narrow thing under a broad job and came first or second for tools it cannot replace:
  // WEBTOON AI Painter colours her own line art and Roomin Cube restyles a photo of her room (offered for
  // Midjourney), CLOVA OCR reads text off scans for developers (for NotebookLM), Docshunt drafts grant
  // business plans (for Quillbot and Grammarly), AI Market Twin simulates overseas buyers (for Jasper and
  // Copy.ai), AIDE is a CRM with chat for insurance planners (for Microsoft 365 Copilot and Miro).
  it.each([
    ['image-generation', ['webtoon-ai-painter', 'roomincube']],
    ['document-qa', ['clova-ocr']],
    ['writing-assistant', ['docshunt']],
    ['grammar-check', ['docshunt']],
    ['marketing-copy', ['ai-market-twin']],
    ['social-scheduling', ['ai-market-twin']],
    ['notes-workspace', ['aide-best']],
  ] as const)('a foreign tool whose main job is %s is never offered %j', (job, niche) => {
    const foreignTools = realTools.filter((t) => t.country !== 'KR' && t.jobs[0] === job);
    expect(foreignTools.length).toBeGreaterThan(2);
    for (const foreign of foreignTools) {
      const offered = rankAlternatives(foreign, realTools).map((a) => a.tool.id);
      expect(offered.filter((id) => (niche as readonly string[]).includes(id)), foreign.id).toEqual([]);
    }
  });

  it('remove.bg: the first alternative edits photos or makes product photos', () => {
    expect(first('remove-bg')!.tool.jobs.some((j) => j === 'photo-editing' || j === 'product-photos')).toBe(true);
  });

  it.each(['make', 'zapier', 'buffer', 'cursor', 'github-copilot'])('%s: says plainly that nothing Korean does the same job', (id) => {
    expect(noCloseMatch(rankAlternatives(tool(id), realTools))).toBe(true);
  });

  it('every foreign tool whose main job a Korean tool does gets a close first pick', () => {
    const koreanJobs = new Set(realTools.filter((t) => t.country === 'KR' && !t.status && t.aiRole === 'core').flatMap((t) => t.jobs));
    const wrong = realTools
      .filter((t) => t.country !== 'KR' && koreanJobs.has(t.jobs[0]!))
      .filter((t) => rankAlternatives(t, realTools)[0]?.match !== 'close')
      .map((t) => t.id);
    expect(wrong).toEqual([]);
  });
});
