import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../../dist/chrome');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Raw and gzipped size of each bundled entry, stylesheet and the registry file. */
export function bundleSizes(): [string, string][] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css') || f === 'registry.json')
    .sort()
    .map((f) => {
      const data = readFileSync(join(DIST, f));
      return [f, `${kb(data.length)} raw, ${kb(gzipSync(data, { level: 9 }).length)} gzipped`];
    });
}
