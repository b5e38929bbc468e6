/**
 * Launches Debian's Chromium with the built extension (dist/chrome) in a fresh profile, with fake AI
 * sites mapped to the local server. Recipe: ../shared/guide/e2e.md.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from '../../../src/build/launch';
import { tempDir } from '../../support/temp-dir';
import { startFakeSites, type FakeSites, type PageBody } from './fake-sites';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../dist/chrome');

export interface Harness {
  ctx: BrowserContext;
  sites: FakeSites;
  extensionId: string;
  worker: () => Promise<Worker>;
  /** Requests from anything other than our own pages to anything other than the fake sites. */
  strayRequests: string[];
  /** The DevTools port Chromium chose, when launched with `devtools` (openToolbarPopup connects there). */
  debugPort: number | null;
  close: () => Promise<void>;
}

/**
 * Chromium, or a decision to skip. In CI (CI=true) or with REQUIRE_BROWSER=1 a missing browser is a
 * failure, never a silent skip.
 */
export function chromiumOrSkip(): string | null {
  const path = findChromium();
  if (path) return path;
  const message = 'Chromium not found (apt-get install chromium, or set CHROMIUM_PATH): real-browser tests cannot run.';
  if (process.env.CI || process.env.REQUIRE_BROWSER) throw new Error(message);
  console.warn(`\n!!! SKIPPING REAL-BROWSER TESTS: ${message}\n`);
  return null;
}

export interface LaunchOptions {
  locale?: string;
  body?: PageBody;
  /**
   * A DevTools port besides Playwright's pipe (openToolbarPopup needs one). Chromium picks a free port
   * itself: a port chosen beforehand and freed for it could be taken in between — by the fake sites, once
   * ("socket hang up" in CI).
   */
  devtools?: boolean;
  /**
   * Classic, always-visible scrollbars (the Windows default) instead of none: Playwright passes
   * --hide-scrollbars to headless Chromium; without it Linux Chromium draws classic scrollbars that take room.
   */
  classicScrollbars?: boolean;
  /** Another build of the extension than dist/chrome (a test's own build, e.g. with a local update URL). */
  extensionDir?: string;
  /** A profile directory to (re)use, e.g. one whose Preferences pre-grant an optional host (support/pre-grant.ts). */
  profileDir?: string;
}

export async function launchExtension(hosts: readonly string[], options: LaunchOptions = {}): Promise<Harness> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found');
  const sites = await startFakeSites(hosts, options.body);
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1, MAP *.${h} 127.0.0.1`), 'MAP * ~NOTFOUND'].join(', ');
  const profileDir = options.profileDir ?? tempDir('profile');
  // Chromium writes the DevTools port it listens on here; a reused profile's file is the last launch's.
  const activePortFile = join(profileDir, 'DevToolsActivePort');
  rmSync(activePortFile, { force: true });
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale: options.locale ?? 'ko-KR',
    ignoreHTTPSErrors: true,
    ...(options.classicScrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    // The stores' screenshot size, so the screenshots the tests save can go into the listings.
    viewport: { width: 1280, height: 800 },
    // Chromium on Linux takes its UI language (chrome.i18n) from LANGUAGE, not from --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'ko-KR').replace('-', '_') },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-extension-debugging', `--lang=${options.locale ?? 'ko-KR'}`,
      `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`, `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
      ...(options.devtools ? ['--remote-debugging-port=0'] : []),
    ],
  });
  const strayRequests: string[] = [];
  const fakePort = `:${sites.port}/`;
  ctx.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    if (hosts.some((h) => url.startsWith(`https://${h}${fakePort}`) || url.includes(`.${h}${fakePort}`))) return;
    strayRequests.push(url);
  });
  const debugPort = options.devtools ? await waitFor(() => listeningPort(activePortFile), 'DevTools port', 15_000) : null;
  const first = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  const worker = async () => {
    const live = ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  if (!options.profileDir) {
    // A fresh install opens the welcome page (background/index.ts). Wait until it has loaded, so it never
    // comes to the front after a test has brought its own page there (the popup would then be about the
    // welcome tab). It stays open: closing it while the extension's process starts up left that process
    // without its message catalogue in one run (raw keys everywhere).
    const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
    const welcome = await waitFor(() => ctx.pages().find((p) => p.url() === welcomeUrl), 'welcome page on install', 15_000);
    await welcome.waitForLoadState('load');
  }
  return {
    ctx, sites, extensionId, worker, strayRequests, debugPort,
    close: async () => {
      await ctx.close();
      await sites.close();
    },
  };
}

/** Polls `probe` until it returns something truthy (no fixed sleeps). */
export async function waitFor<T>(probe: () => Promise<T> | T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

/** The tab id Chrome gave `page`, found from the worker by URL. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const sw = await h.worker();
  return waitFor(() => sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url), `tab id of ${url}`);
}

/** Content-script worlds our extension created in `page` (Chrome reports them as isolated contexts). */
export async function watchContentScripts(h: Harness, page: Page): Promise<() => number> {
  const cdp = await h.ctx.newCDPSession(page);
  let count = 0;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${h.extensionId}`) count++;
  });
  await cdp.send('Runtime.enable');
  return () => count;
}

/** The port in Chromium's DevToolsActivePort file (its first line), or null until it is written. */
function listeningPort(file: string): number | null {
  try {
    const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/**
 * Opens the REAL toolbar popup for `page` (brought to front) via chrome.action.openPopup(), then finds it
 * over CDP — Playwright does not list that popup. Needs a harness launched with `devtools`.
 */
export async function openToolbarPopup(h: Harness, page: Page): Promise<{ popup: Page; close: () => Promise<void> }> {
  if (!h.debugPort) throw new Error('openToolbarPopup needs a harness launched with { devtools: true }');
  await page.bringToFront();
  const sw = await h.worker();
  await sw.evaluate(() => chrome.action.openPopup());
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${h.debugPort}`);
  const popupUrl = `chrome-extension://${h.extensionId}/popup.html`;
  const popup = await waitFor(
    () => cdpBrowser.contexts().flatMap((c) => c.pages()).find((p) => p.url() === popupUrl),
    'toolbar popup',
  );
  return { popup, close: () => cdpBrowser.close() };
}

/** Service-worker targets of our extension that are running right now (CDP; works while it is stopped). */
export async function runningWorkers(h: Harness): Promise<string[]> {
  const cdp = await h.ctx.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos
    .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`))
    .map((t) => t.targetId);
}

/** Stops the extension's service worker the way Chrome does when idle (globals gone, storage kept). */
export async function stopWorker(h: Harness): Promise<void> {
  const cdp = await h.ctx.browser()!.newBrowserCDPSession();
  // A worker that is still starting up ignores the close: keep closing until none runs.
  await waitFor(async () => {
    const running = await runningWorkers(h);
    for (const targetId of running) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    return running.length === 0;
  }, 'worker stopped');
  await cdp.detach();
}

/** Real focus: Playwright otherwise reports every page as focused, background tabs included. */
export async function useRealFocus(h: Harness, page: Page): Promise<void> {
  const cdp = await h.ctx.newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
}

/** Reads storage.local from the worker, waking it if needed. */
export async function readStorage(h: Harness): Promise<Record<string, unknown>> {
  const sw = await h.worker();
  return sw.evaluate(() => chrome.storage.local.get(null));
}

/**
 * Reloads the unpacked extension from disk, as an update does (same id; onInstalled fires with reason
 * "update"). chrome.runtime.reload() leaves a command-line-loaded extension unloaded in this headless
 * Chromium, so this uses CDP Extensions.loadUnpacked (needs --enable-unsafe-extension-debugging).
 */
export async function reloadExtension(h: Harness): Promise<void> {
  const cdp = await h.ctx.browser()!.newBrowserCDPSession();
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
  await cdp.detach();
  if (id !== h.extensionId) throw new Error(`reloaded as ${id}, expected ${h.extensionId}`);
}

/** Keeps the user "active" on `page` (already in front) for `ms` with trusted mouse and key input. */
export async function beActive(page: Page, ms: number): Promise<void> {
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    await page.mouse.move(30 + (i % 30) * 3, 70);
    await page.keyboard.press('Shift');
  }
}
