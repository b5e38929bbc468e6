/**
 * The worker reads the full registry only when an answer needs it (issue 19): a page visit — badge,
 * one visit, time counted — is answered from the briefs in the script; the card, the popup and her
 * corrections get full entries. As in the build, nothing is in memory at start here.
 */
import { describe, expect, it, vi } from 'vitest';
import { createDeps } from '../../src/background/deps';
import { createHandlers } from '../../src/background/handlers';
import { findBrief, findTool, loadRegistry, useRegistryLayer } from '../../src/registry/registry';
import { personalLayer } from '../../src/background/user-registry';
import type { Personal } from '../../src/shared/personal';
import { fake } from '../support/fake-browser';
import { createFakeStorage } from '../support/fake-storage';

const reads = vi.hoisted(() => ({ count: 0, fail: false }));
vi.mock('virtual:registry', async () => {
  const data = await vi.importActual<typeof import('../support/registry-data')>('../support/registry-data');
  return {
    packedBriefs: data.packedBriefs,
    preloaded: null,
    loadTools: async () => {
      reads.count++;
      if (reads.fail) throw new Error('registry file: HTTP 404');
      return data.default;
    },
  };
});

const NOW = new Date(2026, 10, 27, 10).getTime();
const ctx = { sender: {}, tabId: 3 };
const day = (area: ReturnType<typeof createFakeStorage>) => area.day('day:2026-11-27');

describe('the full registry, read on need', () => {
  it('gives briefs her corrections and "not AI" marks, like full entries', () => {
    const personal: Personal = { entries: [], notAi: ['kling-ai'], corrections: { chatgpt: { country: 'KR', reason: 'test', at: '2026-11-27' } } };
    useRegistryLayer(personalLayer(personal));
    expect(findBrief('https://chatgpt.com/')?.country).toBe('KR');
    expect(findBrief('https://klingai.com/')).toBeNull();
    useRegistryLayer(null);
    expect(findBrief('https://chatgpt.com/')?.country).toBe('US');
    expect(reads.count).toBe(0);
  });

  it('answers page visits from the briefs, reads once for the card, and refuses full answers before', async () => {
    // Today's card already shown: the ordinary visit of a day.
    const area = createFakeStorage({ cardState: { chatgpt: { lastShown: '2026-11-27' } } });
    const handlers = createHandlers(createDeps(area, () => NOW));
    expect(() => findTool('https://chatgpt.com/')).toThrow(/loadRegistry/);

    const hello = await handlers['page:hello']({ url: 'https://chatgpt.com/c/1', visitId: 'v1' }, ctx);
    expect(hello.card).toBeNull();
    expect(fake.badges.get(3)).toMatchObject({ text: '미국' });
    await handlers['activity:segments']({ segments: [{ segmentId: 's1', url: 'https://chatgpt.com/c/1', start: NOW - 60_000, end: NOW }] }, ctx);
    expect(day(area)?.chatgpt).toEqual({ activeMs: 60_000, visits: 1 });
    expect(reads.count).toBe(0);

    // A failed read is an error for that answer only, and tried again by the next one.
    reads.fail = true;
    await expect(handlers['page:hello']({ url: 'https://klingai.com/', visitId: 'v2' }, ctx)).rejects.toThrow(/404/);
    reads.fail = false;
    // A tool whose card is due: its alternatives need the full entries, read once.
    const kling = await handlers['page:hello']({ url: 'https://klingai.com/', visitId: 'v3' }, ctx);
    expect(kling.card?.alternatives.length).toBeGreaterThan(0);
    expect(fake.badges.get(3)).toMatchObject({ text: '중국' });
    await loadRegistry();
    expect(reads.count).toBe(2);
    expect(findTool('https://chatgpt.com/')?.sources.length).toBeGreaterThan(0);
  });
});
