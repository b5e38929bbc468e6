/**
 * Chrome's worker is two scripts (src/build/worker-split.ts): a start for a page visit runs only the first.
 * Checked on the build itself (`npm test` builds before the unit tests), since the split is the build's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasModuleState } from '../../src/build/module-state';

const read = (file: string) => readFileSync(file, 'utf8');

describe('Chrome’s worker in two scripts', () => {
  if (!existsSync('dist/chrome/background-more.js')) execFileSync(process.execPath, ['--import', 'tsx', 'build.ts']);
  const core = read('dist/chrome/background.js');
  const more = read('dist/chrome/background-more.js');

  it('keeps out of the first script what a page visit never runs, which the second one has', () => {
    // Registry validation (her entries, updates), update signatures, the weekly summary's text, data import,
    // the job labels (the card and popup say them), the rules of messages other than the page's own, her
    // registry's parser (its host pattern).
    for (const text of ['is on a never-acceptable domain', 'Ed25519', 'reportNotifyTopForeign', 'ai-origin-export', 'diagrams and mind maps', 'data:delete',
      '(?:\\.(?!-)[a-z0-9-]{1,63})+$']) {
      expect(more, text).toContain(text);
      expect(core, text).not.toContain(text);
    }
    expect(core).toContain('importScripts');
  });

  it('runs each module with state once: the second script uses the first one’s registry, language and browser', () => {
    for (const module of ['src/registry/registry.ts', 'src/shared/i18n.ts', 'src/shared/browser.ts', 'src/background/personal-key.worker.ts']) {
      expect(core).toContain(JSON.stringify(module));
      expect(more).toContain(`__aiOriginShared[${JSON.stringify(module)}]`);
    }
    // registry.ts's own words appear once, in the first script: the second carries no copy of it.
    expect(core).toContain('registry not read yet');
    expect(more).not.toContain('registry not read yet');
  });

  it('leaves Firefox’s event page one script', () => {
    expect(existsSync('dist/firefox/background-more.js')).toBe(false);
    expect(read('dist/firefox/background.js')).toContain('is on a never-acceptable domain');
  });

  it('tells modules with state from those without', () => {
    expect(hasModuleState('let cache = null;\nexport const f = () => cache;')).toBe(true);
    expect(hasModuleState('const seen = new WeakMap<object, number>();')).toBe(true);
    expect(hasModuleState('const byId: Record<string, number> = {};')).toBe(true);
    expect(hasModuleState(read('src/registry/registry.ts'))).toBe(true);
    expect(hasModuleState(read('src/shared/i18n.ts'))).toBe(true);
    expect(hasModuleState(read('src/shared/dates.ts'))).toBe(false);
    expect(hasModuleState("const SEEN: ReadonlySet<string> = new Set(['a', 'b']);")).toBe(false);
    expect(hasModuleState('export function f() {\n  let x = 1;\n  return x;\n}')).toBe(false);
  });
});
