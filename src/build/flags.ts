/**
 * Small SVG flags (country-flag-icons, MIT) copied into the build for every ISO country, so flags render
 * the same everywhere: flag emoji show as letter pairs on Windows. Pages load `flags/XX.svg`; the worker
 * reads one for the on-page card (a page cannot load extension files without web_accessible_resources,
 * which would let any site detect the extension).
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ISO_COUNTRY_CODES } from '../shared/iso-countries';

const require = createRequire(import.meta.url);
const FLAG_DIR = join(dirname(require.resolve('country-flag-icons/package.json')), '3x2');

/** Copies flags/XX.svg for each ISO code into `outdir`; returns how many were copied. */
export function copyFlags(outdir: string): number {
  mkdirSync(join(outdir, 'flags'), { recursive: true });
  let copied = 0;
  for (const code of ISO_COUNTRY_CODES) {
    const file = join(FLAG_DIR, `${code}.svg`);
    if (existsSync(file)) cpSync(file, join(outdir, 'flags', `${code}.svg`)), copied++;
  }
  return copied;
}
