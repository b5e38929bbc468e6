/**
 * A copy of the built extension whose service worker lives at a chosen moment: its `Date` (and `Date.now`)
 * run from `at`, advancing normally, before any of the worker's own code runs.
 *
 * Why not Playwright's clock: `page.clock` fakes pages only, never service workers
 * (https://github.com/microsoft/playwright/issues/31772), and the worker is what decides which week is
 * current (deps.ts takes `Date.now` once, at start-up, so replacing it later from a test does nothing).
 * Why not a build flag: the product build stays the one we ship; this copy exists only in a temp folder.
 * The prelude goes after the bundle's "use strict" so the worker runs exactly as built.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir';
import { EXTENSION_DIR } from './extension';

export function extensionAt(at: Date, from: string = EXTENSION_DIR): string {
  const dir = tempDir('clock');
  cpSync(from, dir, { recursive: true });
  // One offset for the copy: a worker stopped and started again keeps the same (shifted) time line.
  const offset = at.getTime() - Date.now();
  const prelude = `(() => {
  const Real = Date, offset = ${offset};
  function Shifted(...args) {
    if (!new.target) return new Real(Real.now() + offset).toString();
    return Reflect.construct(Real, args.length > 0 ? args : [Real.now() + offset], new.target);
  }
  Shifted.prototype = Real.prototype;
  Shifted.now = () => Real.now() + offset;
  Shifted.UTC = Real.UTC;
  Shifted.parse = Real.parse;
  globalThis.Date = Shifted;
})();
`;
  const file = join(dir, 'background.js');
  const code = readFileSync(file, 'utf8');
  const strict = '"use strict";';
  writeFileSync(file, code.startsWith(strict) ? `${strict}\n${prelude}${code.slice(strict.length)}` : prelude + code);
  return dir;
}
