/**
 * Cold visits, side by side in one run: our extension, the do-nothing extension (noop-extension.ts) and
 * no extension at all, each in its own headless Chromium, visited in interleaved rounds (ours, noop,
 * none, then the next round) so a busy moment of the machine hits all three alike. Per round and peer:
 * - COLD_VISITS_PER_ROUND cold AI visits (worker stopped), peer by peer: worker-thread CPU, the page's long
 *   tasks and main-thread CPU, and after the last the worker heap after GC; then, ours only, one more cold
 *   visit that times the badge (a probed start: see VisitOptions.badge — its CPU is not counted);
 * - ours only, worker warm: the same tool's page with the card (its state cleared) and without it
 *   (already shown today) — the difference is what building and showing the card costs the page
 *   (cardsInPage measures it without the load's swings, in a browser of its own);
 * - non-AI pages with the worker stopped (an ordinary site, and a registry host off its AI path):
 *   worker starts and DOM changes.
 * The AI page (/) does some work of its own while it loads (four 35 ms chunks), like a real app booting, so
 * a worker starting beside it shows up as long tasks.
 */
import { rmSync } from 'node:fs';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { buildNoopExtension } from './noop-extension';
import { launchPeer, type PeerBrowser, type PeerKind, type Visit } from './peer-browser';

export const AI_HOST = 'chatgpt.com';
const PLAIN_HOST = 'example.org';
/** A registry host whose AI tool lives under a path (x.com/i/grok): /home is not AI. */
const SHARED_HOST = 'x.com';

const BOOTING_APP = `<script>(() => {
  let n = 0;
  const chunk = () => {
    const end = performance.now() + 35;
    while (performance.now() < end);
    document.getElementById('app').append(Object.assign(document.createElement('p'), { textContent: 'chunk ' + n }));
    if (++n < 4) setTimeout(chunk, 0);
  };
  document.addEventListener('DOMContentLoaded', () => setTimeout(chunk, 0));
})();</script>`;

export const page = (host: string, path: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${host}${path}</title></head><body><h1>${host}</h1>` +
  `<textarea id="prompt"></textarea><div id="app"></div>${host === AI_HOST && path === '/' ? BOOTING_APP : ''}</body></html>`;

export interface PeerRuns {
  cold: Visit[];
  heap: number[];
  /** Navigation → badge set (ours, probed visits) or the hello answered (do-nothing), ms. */
  badge: number[];
  /** ours only: page main-thread CPU of a visit with the card minus one without it, CARD_PAIRS per round. */
  card: number[];
  nonAi: Visit[];
}

export interface ColdVisitResults { rounds: number; peers: Record<PeerKind, PeerRuns> }

/**
 * Card and no-card visits per round. One pair's difference swings from −7 to +13 ms (a visit's page CPU
 * varies by more than the card costs): 7 pairs gave medians of 4.2–9.6 ms for one build, 15 pairs of the
 * same build 3.9 and 4.9, 21 pairs 4.7 and 5.3 (session 7). Traced inside a page already loaded
 * (cardsInPage), 8 pairs of one build gave 4.7–7.5 ms (session 8): that figure is the one judged.
 */
const CARD_PAIRS = 3;

/** Cold AI visits per peer and round (worker CPU, long tasks, page CPU); the heap is read after the last. */
export const COLD_VISITS_PER_ROUND = 3;

/** A quiet page of the same tool (no booting app), so the card's own cost is not lost in the page's. */
export async function cardCost(peer: PeerBrowser, url: string): Promise<number> {
  await peer.inWorker(`chrome.storage.local.remove('cardState')`);
  const withCard = await peer.visit(url, AI_HOST);
  // The page reports the card 'shown' once it was visible; the next visit of the day has none.
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline && !(await peer.inWorker<boolean>(`chrome.storage.local.get('cardState').then((s) => Boolean(s.cardState?.chatgpt?.lastShown))`))) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const without = await peer.visit(url, AI_HOST);
  return withCard.pageCpuMs - without.pageCpuMs;
}

/** Grok lives under x.com/i/grok: a page of x.com goes there without a load, as a single-page app does. */
const IN_PAGE_TOOL = { id: 'grok', path: '/i/grok' };

/**
 * The card in a page that has already loaded: x.com/home → /i/grok by `pushState` and a real pointer move
 * (how the content script notices a single-page navigation), traced from just before the navigation to
 * 1.5 s after. With the card due, minus the same with it shown already today: the card's own work, from
 * the worker's answer to 'shown', without a page load's swings around it.
 */
export async function cardCostInPage(peer: PeerBrowser, homeUrl: string): Promise<number> {
  const shown = () => peer.inWorker<boolean>(`chrome.storage.local.get('cardState').then((s) => Boolean(s.cardState?.${IN_PAGE_TOOL.id}?.lastShown))`);
  const navigate = async (session: string) => {
    await peer.cdp.send('Runtime.evaluate', { expression: `history.pushState(null, '', ${JSON.stringify(IN_PAGE_TOOL.path)})` }, session);
    await peer.cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: 40, y: 40 }, session);
  };
  await peer.inWorker(`chrome.storage.local.remove('cardState')`);
  const withCard = await peer.traceInPage(homeUrl, navigate, 1500);
  if (!(await shown())) throw new Error(`no card was shown on ${IN_PAGE_TOOL.path}`);
  const without = await peer.traceInPage(homeUrl, navigate, 1500);
  return withCard - without;
}

export async function coldVisits(ourDir: string, rounds: number): Promise<ColdVisitResults | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const hosts = [AI_HOST, PLAIN_HOST, SHARED_HOST];
  const sites = await startFakeSites(hosts, page);
  const hostRules = [...hosts.map((h) => `MAP ${h} 127.0.0.1, MAP *.${h} 127.0.0.1`), 'MAP * ~NOTFOUND'].join(', ');
  const dirs: Record<PeerKind, string | null> = { ours: ourDir, noop: buildNoopExtension(ourDir), none: null };
  const kinds = Object.keys(dirs) as PeerKind[];
  const peers: PeerBrowser[] = [];
  try {
    for (const kind of kinds) peers.push(await launchPeer(kind, dirs[kind], { executablePath, hostRules }));
    const results = Object.fromEntries(kinds.map((k) => [k, { cold: [], heap: [], badge: [], card: [], nonAi: [] } as PeerRuns])) as Record<PeerKind, PeerRuns>;
    const aiUrl = sites.url(AI_HOST, '/');
    for (const peer of peers) await peer.visit(aiUrl, AI_HOST); // warm-up: install tasks, disk caches
    for (let round = 0; round < rounds; round++) {
      // More cold visits than rounds, interleaved peer by peer: a long task is a yes/no per visit, and seven
      // of them swung from 1/7 to 9/15 for the same browser (session 14).
      for (let extra = 1; extra < COLD_VISITS_PER_ROUND; extra++) {
        for (const peer of peers) {
          await peer.stopWorker();
          results[peer.kind].cold.push(await peer.visit(aiUrl, AI_HOST));
        }
      }
      for (const peer of peers) {
        const r = results[peer.kind];
        await peer.stopWorker();
        const cold = await peer.visit(aiUrl, AI_HOST);
        r.cold.push(cold);
        if (peer.kind !== 'none') r.heap.push(await peer.workerHeap());
        if (peer.kind === 'noop' && cold.badgeMs !== null) r.badge.push(cold.badgeMs);
        if (peer.kind === 'ours') {
          await peer.stopWorker();
          const probed = await peer.visit(aiUrl, AI_HOST, { badge: true, trace: false });
          if (probed.badgeMs !== null) r.badge.push(probed.badgeMs);
        }
        if (peer.kind === 'ours') for (let k = 0; k < CARD_PAIRS; k++) r.card.push(await cardCost(peer, sites.url(AI_HOST, '/quiet')));
        await peer.stopWorker();
        r.nonAi.push(await peer.visit(sites.url(PLAIN_HOST, '/'), PLAIN_HOST, { settleMs: 300, ai: false, trace: false }));
        r.nonAi.push(await peer.visit(sites.url(SHARED_HOST, '/home'), SHARED_HOST, { settleMs: 300, ai: false, trace: false }));
      }
    }
    return { rounds, peers: results };
  } finally {
    for (const peer of peers) await peer.close();
    await sites.close();
    rmSync(dirs.noop!, { recursive: true, force: true });
  }
}

/**
 * The card's cost inside a loaded page, `pairs` times, in a browser of its own after the rounds: its
 * workers are never stopped. (Session 8 moved it here when a stop after these visits seemed to find our
 * worker restarting as fast as it was closed; session 9 found that the bench's own DevTools session,
 * attached anew mid-stop, kept it alive — fixed in `stopServiceWorkers`.)
 */
export async function cardsInPage(ourDir: string, pairs: number): Promise<number[] | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const sites = await startFakeSites([SHARED_HOST], page);
  const peer = await launchPeer('ours', ourDir, { executablePath, hostRules: `MAP ${SHARED_HOST} 127.0.0.1, MAP * ~NOTFOUND` });
  try {
    const home = sites.url(SHARED_HOST, '/home');
    await peer.visit(home, SHARED_HOST, { ai: false }); // warm-up: install tasks, disk caches
    const costs: number[] = [];
    for (let k = 0; k < pairs; k++) costs.push(await cardCostInPage(peer, home));
    return costs;
  } finally {
    await peer.close();
    await sites.close();
  }
}
