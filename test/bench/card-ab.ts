/**
 * `npx tsx test/bench/card-ab.ts <dirA> <dirB> [--rounds=N]`: what showing the on-page card costs the
 * page's main thread (page CPU with the card minus without, as `npm run bench` measures it) for two
 * builds, each in its own headless Chromium, pairs interleaved so a slow moment of the machine hits both.
 * One pair swings by ±10 ms: compare medians of 15 rounds or more. A before/after aid for issue 19.
 */
import { resolve } from 'node:path';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { AI_HOST, cardCost, page } from './cold-visits';
import { median } from './median';
import { launchPeer } from './peer-browser';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 15);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium found');
const sites = await startFakeSites([AI_HOST], page);
const hostRules = `MAP ${AI_HOST} 127.0.0.1, MAP * ~NOTFOUND`;
const peers = [];
for (const dir of dirs) peers.push(await launchPeer('ours', dir, { executablePath, hostRules }));
const url = sites.url(AI_HOST, '/quiet');
try {
  for (const peer of peers) await peer.visit(url, AI_HOST); // warm-up: install tasks, disk caches
  const costs = dirs.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so neither build always follows the other.
    for (let k = 0; k < peers.length; k++) {
      const i = (round + k) % peers.length;
      costs[i]!.push(await cardCost(peers[i]!, url));
    }
  }
  for (const [i, dir] of dirs.entries()) {
    console.log(`${dir}: card ${costs[i]!.map((x) => x.toFixed(1)).join(', ')} ms (median ${median(costs[i]!).toFixed(2)})`);
  }
} finally {
  for (const peer of peers) await peer.close();
  await sites.close();
}
