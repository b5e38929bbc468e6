/**
 * `npm run bench`: size and speed figures, printed as tables. Targets live here, not in timed tests.
 * Each section is its own module; run after `tsx build.ts` (the npm script does that).
 * First the side-by-side table (issue 19): ours beside a do-nothing extension and no extension, in
 * BENCH_ROUNDS interleaved rounds (default 7) in real Chromium; then the detail sections.
 */
import { resolve } from 'node:path';
import { bundleSizes } from './bundle-sizes';
import { registryLookup } from './registry-lookup';
import { rememberedIntervals } from './remembered-intervals';
import { printTable, sideBySide } from './side-by-side';
import { storageYearFigures } from './storage-year';
import { COLD_VISITS_PER_ROUND } from './cold-visits';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const year = await storageYearFigures();

console.log(`\n## Side by side (${ROUNDS} interleaved rounds of ${COLD_VISITS_PER_ROUND} cold AI visits each, real Chromium)`);
// BENCH_EXTENSION_DIR measures another build (e.g. a before/after comparison); dist/chrome by default.
printTable(await sideBySide(resolve(process.env.BENCH_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../dist/chrome')), ROUNDS, year.bytes));

const sections: { title: string; rows: () => Promise<[string, string][]> | [string, string][] }[] = [
  { title: 'Bundle sizes (dist/chrome)', rows: bundleSizes },
  { title: 'Registry lookup', rows: registryLookup },
  { title: 'Storage after a heavy year', rows: () => year.rows },
  { title: 'Remembered intervals (hand-edited or hostile storage)', rows: rememberedIntervals },
  { title: 'Popup: size and time to tool card + tally (real Chromium)', rows: async () => (await import('./popup-bench')).popupBench().catch((e: Error) => [['popup', `failed: ${e.message.split('\n')[0]}`] as [string, string]]) },
];

for (const section of sections) {
  console.log(`\n## ${section.title}`);
  for (const [name, value] of await section.rows()) console.log(`${name.padEnd(44)} ${value}`);
}
