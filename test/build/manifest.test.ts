/** Each browser's manifest from the real base + patch files: the patch adds keys inside sections without losing the rest. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, mergeManifest } from '../../src/build/manifest';
import { DEFAULT_LANGUAGE } from '../../src/shared/i18n';
import { makeTool } from '../support/make-tool';

const read = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest', name), 'utf8')) as Record<string, unknown>;
const tools = [makeTool('chatgpt', { hosts: ['chatgpt.com'] })];
const manifestFor = (target: 'chrome' | 'firefox') => buildManifest(read('base.json'), read(`${target}.json`), '1.2.3', tools);

describe('manifest generator', () => {
  it("declares the default locale the extension's own language choice falls back to", () => {
    expect(read('base.json').default_locale).toBe(DEFAULT_LANGUAGE);
  });

  it('Firefox asks for a toolbar spot and keeps the popup, title and icon of the base action', () => {
    const { action } = manifestFor('firefox') as { action: Record<string, unknown> };
    expect(action.default_area).toBe('navbar');
    expect(action).toMatchObject({ default_popup: 'popup.html', default_title: '__MSG_extName__' });
    expect(action.default_icon).toEqual((read('base.json').action as Record<string, unknown>).default_icon);
  });

  it('Chrome has no default_area (no equivalent there; the welcome page explains pinning)', () => {
    const { action } = manifestFor('chrome') as { action: Record<string, unknown> };
    expect(action).not.toHaveProperty('default_area');
    expect(action.default_popup).toBe('popup.html');
  });

  it('both get the version and the registry-derived host permissions and content script matches', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(target) as { version: string; host_permissions: string[]; content_scripts: { matches: string[] }[] };
      expect(m.version).toBe('1.2.3');
      expect(m.host_permissions).toEqual(['*://*.chatgpt.com/*']);
      expect(m.content_scripts[0]!.matches).toEqual(['*://*.chatgpt.com/*']);
    }
  });

  it('merges objects key by key and replaces arrays and values whole', () => {
    expect(mergeManifest({ a: { x: 1, y: [1, 2] }, b: 1 }, { a: { y: [3], z: 2 }, b: { c: 1 } }))
      .toEqual({ a: { x: 1, y: [3], z: 2 }, b: { c: 1 } });
  });
});
