/**
 * `npx tsx test/bench/card-ab.ts <dirA> <dirB> [--rounds=N]`: what showing the on-page card costs the
 * page's main thread, traced inside a loaded page as `npm run bench` judges it (cardCostInPage), for two
 * builds, each in its own headless Chromium, pairs interleaved so a slow moment of the machine hits both.
 * One pair swings by ±1.5 ms: 10 rounds tell 1 ms apart. A before/after aid for issue 19.
 */
import { resolve } from 'node:path';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { cardCostInPage, page } from './cold-visits';
import { median } from './median';
import { launchPeer } from './peer-browser';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 10);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium found');
const HOST = 'x.com';
const sites = await startFakeSites([HOST], page);
const hostRules = `MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND`;
const peers = [];
for (const dir of dirs) peers.push(await launchPeer('ours', dir, { executablePath, hostRules }));
const url = sites.url(HOST, '/home');
try {
  for (const peer of peers) await peer.visit(url, HOST, { ai: false }); // warm-up: install tasks, disk caches
  const costs = dirs.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so neither build always follows the other.
    for (let k = 0; k < peers.length; k++) {
      const i = (round + k) % peers.length;
      costs[i]!.push(await cardCostInPage(peers[i]!, url));
    }
  }
  for (const [i, dir] of dirs.entries()) {
    console.log(`${dir}: card ${costs[i]!.map((x) => x.toFixed(1)).join(', ')} ms (median ${median(costs[i]!).toFixed(2)})`);
  }
} finally {
  for (const peer of peers) await peer.close();
  await sites.close();
}
