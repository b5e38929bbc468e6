/**
 * Time from opening popup.html to its content (the tool card and the week tally) being in the DOM, in the
 * real Chromium (median of RUNS opens), beside a blank extension page opened the same way
 * (icons/icon-16.png, a static resource with no script) as the floor. Both are opened by the worker in a
 * background tab next to an active chatgpt.com tab, so the popup answers for that tool, and timed from the
 * navigation's own time origin: the popup's user-timing mark once its first render showed content
 * (POPUP_CONTENT_MARK), the blank page's load end.
 *
 * Nothing watches the pages while they open: the browser is driven over a bare DevTools pipe (as the
 * side-by-side bench is), and each page is attached only afterwards to read its times. Under Playwright
 * every new page is paused until its init scripts are in, and the popup's document spent ~4 ms more than
 * the image's in the harness's own ready-state and DOMContentLoaded work (traced, session 7).
 */
import { findChromium } from '../../src/build/launch';
import { POPUP_CONTENT_MARK, POPUP_STEP_MARKS } from '../../src/popup/content-mark';
import { startFakeSites } from '../e2e/support/fake-sites';
import { median } from './median';
import { launchPeer, type PeerBrowser } from './peer-browser';

// 15 opens: the blank page alone swings ±5 ms between opens, and the figure is a difference of two medians.
const RUNS = Number(process.env.BENCH_POPUP_RUNS ?? 15);
const MIN = 60_000;
const TOOL_HOST = 'chatgpt.com';

const ms = (x: number) => `${x.toFixed(1)} ms`;
const summary = (xs: number[]) => `median ${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}, n=${xs.length})`;

interface TargetInfo { targetId: string; type: string; url: string }

/** Opens `path` of the extension in a background tab (from the worker); returns what `read` finds there once it is non-null. */
async function openAndRead<T>(peer: PeerBrowser, url: string, read: string): Promise<T> {
  await peer.inWorker(`chrome.tabs.create({ url: ${JSON.stringify(url)}, active: false }).then(() => undefined)`);
  const deadline = Date.now() + 15_000;
  let target: TargetInfo | undefined;
  while (!target) {
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((r) => setTimeout(r, 50));
    const { targetInfos } = await peer.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url === url);
  }
  const { sessionId } = await peer.cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
  try {
    for (;;) {
      const { result } = await peer.cdp.send<{ result: { value: T | null } }>('Runtime.evaluate', { expression: read, returnByValue: true }, sessionId);
      if (result.value !== null && result.value !== undefined) return result.value;
      if (Date.now() > deadline) throw new Error(`${url}: nothing to read`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await peer.cdp.send('Target.closeTarget', { targetId: target.targetId });
  }
}

const LOAD_END = `(() => { const n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd ? n.loadEventEnd : null; })()`;
type Step = keyof typeof POPUP_STEP_MARKS;
const STEPS = Object.keys(POPUP_STEP_MARKS) as Step[];
// The mark, the steps before it, and what the popup shows: it must be the active tab's tool, with its
// card and tally.
const CONTENT = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const content = at(${JSON.stringify(POPUP_CONTENT_MARK)});
  if (content === null) return null;
  const steps = Object.fromEntries(Object.entries(${JSON.stringify(POPUP_STEP_MARKS)}).map(([step, name]) => [step, at(name)]));
  return { at: content, steps, tool: document.querySelector('#tool-name')?.textContent ?? '', tally: Boolean(document.querySelector('.tally .share-parts')) };
})()`;

export async function popupReady(): Promise<[string, string][]> {
  const t = await popupTimes();
  if (!t) return [['popup ready time', 'skipped: no Chromium']];
  return [
    ['blank page (icon-16.png), load end', summary(t.blank)],
    ['popup.html, content rendered', summary(t.ready)],
    ['popup ready minus blank page', ms(median(t.ready) - median(t.blank))],
    // Where the time goes: the answer and the language setting are round trips through the browser process.
    ['popup steps, medians from opening', STEPS.every((step) => t.steps[step].length)
      ? `${STEPS.map((step) => `${step} ${ms(median(t.steps[step]))}`).join(' · ')} · content ${ms(median(t.ready))}`
      : 'not marked by this build'],
    // Against the median blank page: the first blank page of a fresh browser is itself slow.
    ['first open after a page visit, minus blank page', `${ms(t.first - median(t.blank))} (reads registry.json; one sample)`],
  ];
}

/**
 * Ready minus blank page, measured in BENCH_POPUP_BROWSERS fresh browsers (default 3) one after the other.
 * One browser's 15 opens already take a median, but whole browsers differ more than opens do: the same
 * build gave 10.8–21.4 ms from one browser to the next on this machine (session 7). The figure is the
 * median browser; every browser's value is reported beside it.
 */
export async function popupOverBlank(extensionDir?: string): Promise<{ ready: number; blank: number }[] | null> {
  const browsers = Number(process.env.BENCH_POPUP_BROWSERS ?? 3);
  const each: { ready: number; blank: number }[] = [];
  for (let i = 0; i < browsers; i++) {
    const t = await popupTimes(extensionDir);
    if (!t) return null;
    each.push({ ready: median(t.ready), blank: median(t.blank) });
  }
  return each;
}

/**
 * `first`: the first open after the page visit (the worker has not read registry.json yet; caches cold).
 * `steps`: each open's step marks (POPUP_STEP_MARKS), beside `ready`.
 */
export interface PopupTimes { blank: number[]; ready: number[]; first: number; steps: Record<Step, number[]> }

/** `extensionDir`: another build than dist/chrome (a before/after comparison, e.g. test/bench/popup-ab.ts). */
export async function popupTimes(extensionDir = 'dist/chrome'): Promise<PopupTimes | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const sites = await startFakeSites([TOOL_HOST]);
  const peer = await launchPeer('ours', extensionDir, { executablePath, hostRules: `MAP ${TOOL_HOST} 127.0.0.1, MAP * ~NOTFOUND` });
  try {
    // A week with data, so the tally renders its rows (not the first-run welcome).
    await peer.inWorker(`(async () => {
      const d = new Date();
      const key = 'day:' + d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
      // Today's card already shown: the visit does not read registry.json, so the first open does (as hers would).
      await chrome.storage.local.set({ schemaVersion: 1, [key]: { chatgpt: { activeMs: ${40 * MIN}, visits: 4 }, 'clova-x': { activeMs: ${20 * MIN}, visits: 2 } }, cardState: { chatgpt: { lastShown: key.slice(4) } } });
    })()`);
    const id = await peer.inWorker<string>('chrome.runtime.id');
    // The tool's tab, in front: the popup belongs to it.
    await peer.cdp.send('Target.createTarget', { url: sites.url(TOOL_HOST) });

    const blank: number[] = [];
    const ready: number[] = [];
    const steps = Object.fromEntries(STEPS.map((step) => [step, [] as number[]])) as Record<Step, number[]>;
    let first = NaN;
    for (let i = 0; i <= RUNS; i++) {
      const blankMs = await openAndRead<number>(peer, `chrome-extension://${id}/icons/icon-16.png`, LOAD_END);
      const shown = await openAndRead<{ at: number; steps: Record<Step, number | null>; tool: string; tally: boolean }>(peer, `chrome-extension://${id}/popup.html`, CONTENT);
      if (shown.tool !== '챗GPT' || !shown.tally) throw new Error(`popup showed "${shown.tool}"${shown.tally ? '' : ' without its tally'}, not the chatgpt.com tab's tool`);
      if (i === 0) {
        first = shown.at; // warm-up: first use of the worker's full registry and caches
        continue;
      }
      blank.push(blankMs);
      ready.push(shown.at);
      // A build from before the step marks (an A/B against an old build) has none: its row says so.
      for (const step of STEPS) if (shown.steps[step] !== null) steps[step].push(shown.steps[step]);
    }
    return { blank, ready, first, steps };
  } finally {
    await peer.close();
    await sites.close();
  }
}
