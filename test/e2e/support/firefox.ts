/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no geckodriver), with dist/firefox
 * installed as a temporary add-on. Recipe: ../shared/guide/e2e.md (Firefox section).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from './extension';

export const FIREFOX_DIR = resolve(import.meta.dirname, '../../../dist/firefox');
export const GECKO_ID = 'ai-origin@ai-origin.kr';
export const EXTENSION_UUID = '6f1d5c3e-7a2b-4c8d-9e0f-a1b2c3d4e5f6';

export function firefoxOrSkip(): string | null {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (existsSync(path)) return path;
  const message = 'firefox-esr not found (apt-get install firefox-esr, or set FIREFOX_PATH): Firefox tests cannot run.';
  if (process.env.CI || process.env.REQUIRE_BROWSER) throw new Error(message);
  console.warn(`\n!!! SKIPPING FIREFOX TESTS: ${message}\n`);
  return null;
}

/** Launches firefox-esr with dist/firefox (or `extensionDir`, a test's own build) as a temporary add-on. */
export async function launchFirefox(executablePath: string, extensionDir: string = FIREFOX_DIR): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host name goes to the local fake-sites server (Firefox has no --host-resolver-rules).
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Korean UI, as our users have it. The language pack (Debian: firefox-esr-l10n-ko, installed into the
      // application's extensions folder) must be enabled in that scope (4) besides the profile's (1);
      // without it the request falls back to en-US silently — assertKoreanUi() turns that into a failure.
      'intl.locale.requested': 'ko',
      'intl.accept_languages': 'ko-KR, ko, en-US, en',
      'extensions.enabledScopes': 5,
      'extensions.autoDisableScopes': 0,
      // Classic, always-visible scrollbars (the Windows default), so a tall popup shows whether it
      // scrolls sideways. Headless GTK draws classic ones anyway; these keep it so on any platform.
      'widget.gtk.overlay-scrollbars.enabled': false,
      'widget.windows.overlay-scrollbars.enabled': false,
      'layout.testing.overlay-scrollbars.always-visible': true,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** The language pack Debian's firefox-esr-l10n-ko installs (.ci/run checks for the same file). */
export const KOREAN_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-ko@firefox-esr.mozilla.org.xpi';

/** Fails loudly when Firefox runs in English: a missing language pack must not turn the Korean checks into English ones. */
export async function assertKoreanUi(extensionPage: Page): Promise<void> {
  const ui = await extensionPage.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.i18n.getUILanguage());
  if (!ui.startsWith('ko')) {
    throw new Error(`Firefox UI language is ${ui}, not Korean: install the language pack (apt-get install firefox-esr-l10n-ko → ${KOREAN_LANGPACK}).`);
  }
}

/**
 * Runs `expression` in the browser window's chrome document (privileged; needs --remote-allow-system-access),
 * e.g. to ask CustomizableUI where our toolbar button is. Returns the expression's string value.
 */
export async function evaluateInBrowserChrome(browser: Browser, expression: string): Promise<string> {
  const connection = (browser as unknown as { connection: { send: (m: string, p: unknown) => Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const target = { context: tree.contexts[0]!.context };
  const reply = (await connection.send('script.evaluate', { expression: `String(${expression})`, target, awaitPromise: true })).result as
    { type: string; result?: { value: string }; exceptionDetails?: { text: string } };
  if (reply.type !== 'success') throw new Error(`chrome evaluate failed: ${reply.exceptionDetails?.text}`);
  return reply.result!.value;
}

/** Our toolbar button's widget id (Firefox: the add-on id with every other character as `_`, + `-browser-action`). */
export const ACTION_WIDGET_ID = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

/** Opens an extension page (moz-extension://) the way that works here: BiDi navigate, not page.goto. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const connection = (browser as unknown as { connection: { send: (m: string, p: unknown) => Promise<unknown> } }).connection;
  await connection.send('browsingContext.navigate', { context, url: `moz-extension://${EXTENSION_UUID}/${path}`, wait: 'complete' });
  return page;
}

type Api = typeof chrome;

/**
 * Opens the REAL toolbar popup over the tab in front, from `ext` (one of our pages in a background tab):
 * Firefox 153 lets action.openPopup() run without a user gesture, and the popup's window is reachable
 * through extension.getViews({ type: 'popup' }) from any page of ours. Resolves once the popup shows
 * `readySelector`; read it with `ext.evaluate(() => browser.extension.getViews({ type: 'popup' })[0])`.
 */
export async function openToolbarPopup(ext: Page, readySelector: string): Promise<void> {
  await ext.evaluate(() => (globalThis as unknown as { browser: Api }).browser.action.openPopup());
  await waitFor(() => ext.evaluate((sel) => {
    const popup = (globalThis as unknown as { browser: Api }).browser.extension.getViews({ type: 'popup' })[0];
    return Boolean(popup?.document.querySelector(sel));
  }, readySelector), 'Firefox toolbar popup');
}
