/**
 * `npx tsx test/bench/popup-ab.ts <dirA> <dirB> [--rounds=N]`: the popup's ready time minus the blank page
 * for two builds, alternating whole runs (BENCH_POPUP_RUNS opens each) so a slow moment of the machine
 * hits both. A before/after aid for issue 19; `npm run bench` has the figure that counts.
 */
import { resolve } from 'node:path';
import { popupTimes } from './popup-ready';
import { median } from './median';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const results = dirs.map(() => [] as number[]);
const firsts = dirs.map(() => [] as number[]);
for (let round = 0; round < rounds; round++) {
  for (const [i, dir] of dirs.entries()) {
    const t = await popupTimes(dir);
    if (!t) throw new Error('no Chromium found');
    results[i]!.push(median(t.ready) - median(t.blank));
    firsts[i]!.push(t.first - median(t.blank));
  }
}
for (const [i, dir] of dirs.entries()) {
  console.log(`${dir}: ready minus blank ${results[i]!.map((x) => x.toFixed(1)).join(', ')} ms (median ${median(results[i]!).toFixed(1)}); ` +
    `first open after a page visit ${firsts[i]!.map((x) => x.toFixed(1)).join(', ')} ms (median ${median(firsts[i]!).toFixed(1)})`);
}
