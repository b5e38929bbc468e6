/** What the popup costs to load: its script and its page (the stylesheet is inside), raw and gzipped (level 9), from dist/chrome. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../../dist/chrome');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const size = (file: Buffer) => `${kb(file.length)} raw, ${kb(gzipSync(file, { level: 9 }).length)} gzipped`;

export function popupSize(): [string, string][] {
  const [js, html] = ['popup.js', 'popup.html'].map((f) => readFileSync(resolve(DIST, f))) as [Buffer, Buffer];
  return [
    ['popup.js', size(js)],
    ['popup.html (its stylesheet inside)', size(html)],
    ['popup total', size(Buffer.concat([js, html]))],
  ];
}
