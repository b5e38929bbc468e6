import { describe, expect, it } from 'vitest';
import { createDeps } from '../../src/background/deps';
import { providePersonalParser, readPersonal } from '../../src/background/personal-key.worker';
import { restoreNeeded } from '../../src/background/restore-needed';
import { parsePersonal } from '../../src/shared/personal';
import { createFakeStorage } from '../support/fake-storage';

const needed = (stored: Record<string, unknown>) => restoreNeeded(createDeps(createFakeStorage({ schemaVersion: 2, ...stored })));
const entry = { id: 'mine-unlisted-ai-test', host: 'unlisted-ai.test', name: '언리스티드 AI', country: 'KR', vendor: '(주)언리스티드', jobs: ['writing-assistant'], added: '2026-11-30' };

describe('what a worker start restores before its first lookup', () => {
  it('nothing for most users: no update, no registry of her own, updates off', async () => {
    expect(await needed({})).toBe(false);
    expect(await needed({ personal: { entries: [], corrections: {}, notAi: [] } })).toBe(false);
  });

  it('her own registry, an accepted update, or updates turned on', async () => {
    expect(await needed({ personal: { entries: [entry], corrections: {}, notAi: [] } })).toBe(true);
    expect(await needed({ personal: { entries: [], corrections: {}, notAi: ['chatgpt'] } })).toBe(true);
    expect(await needed({ settings: { registryUpdates: true } })).toBe(true);
  });

  it('a stored value it cannot tell is empty (damaged, older) loads the on-need half, which validates it', async () => {
    expect(await needed({ personal: 'garbage' })).toBe(true);
    expect(await needed({ personal: { entries: 'x' } })).toBe(true);
  });
});

describe('her registry in Chrome’s first worker script (personal-key.worker.ts)', () => {
  it('is read with the parser the on-need half provides, and never unvalidated before it', () => {
    expect(() => readPersonal({ entries: [] })).toThrow(/before the worker loaded its parser/);
    providePersonalParser(parsePersonal);
    expect(readPersonal({ entries: [], corrections: {}, notAi: [], extra: 1 })).toEqual(parsePersonal({ entries: [], corrections: {}, notAi: [] }));
  });
});
