/** What the popup costs to load: its script and stylesheet, raw and gzipped (level 9), from dist/chrome. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../../dist/chrome');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function popupSize(): [string, string][] {
  const files = ['popup.js', 'popup.css', 'popup.html'].map((f) => readFileSync(resolve(DIST, f)));
  const raw = files.reduce((n, f) => n + f.length, 0);
  const gz = files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0);
  const [js, css] = files as [Buffer, Buffer];
  return [
    ['popup.js', `${kb(js.length)} raw, ${kb(gzipSync(js, { level: 9 }).length)} gzipped`],
    ['popup.css', `${kb(css.length)} raw, ${kb(gzipSync(css, { level: 9 }).length)} gzipped`],
    ['popup total (js + css + html)', `${kb(raw)} raw, ${kb(gz)} gzipped`],
  ];
}
