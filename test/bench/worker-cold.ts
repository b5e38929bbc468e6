/**
 * `npx tsx test/bench/worker-cold.ts <dirA> [dirB…] [--rounds=N]`: only the cold-visit worker figures
 * (worker-thread CPU, heap after GC, badge latency) for several builds, interleaved, medians. A quick
 * before/after aid for issue 19; `npm run bench` has the full side-by-side table.
 */
import { resolve } from 'node:path';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { launchPeer } from './peer-browser';
import { median } from './median';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 7);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium found');
const sites = await startFakeSites(['chatgpt.com']);
const hostRules = 'MAP chatgpt.com 127.0.0.1, MAP * ~NOTFOUND';
const peers = [];
for (const dir of dirs) peers.push(await launchPeer(dir.includes('noop') ? 'noop' : 'ours', dir, { executablePath, hostRules }));
const url = sites.url('chatgpt.com', '/');
for (const peer of peers) await peer.visit(url, 'chatgpt.com');
const figures = peers.map(() => ({ cpu: [] as number[], heap: [] as number[], badge: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const [i, peer] of peers.entries()) {
    await peer.stopWorker();
    const visit = await peer.visit(url, 'chatgpt.com');
    figures[i]!.cpu.push(visit.workerCpuMs);
    figures[i]!.heap.push((await peer.workerHeap()) / 1024);
    // The badge from a second, probed cold start (its CPU is not the user's: see VisitOptions.badge).
    await peer.stopWorker();
    const probed = await peer.visit(url, 'chatgpt.com', { badge: true, trace: false });
    if (probed.badgeMs !== null) figures[i]!.badge.push(probed.badgeMs);
  }
}
for (const [i, dir] of dirs.entries()) {
  const f = figures[i]!;
  console.log(`${dir}\n  worker CPU ${median(f.cpu).toFixed(1)} ms (${f.cpu.map((x) => x.toFixed(1)).join(' ')})  heap ${median(f.heap).toFixed(0)} KB  badge ${median(f.badge).toFixed(0)} ms`);
}
for (const peer of peers) await peer.close();
await sites.close();
