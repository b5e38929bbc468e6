/**
 * Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no geckodriver), with dist/firefox
 * installed as a temporary add-on. Recipe: ../shared/guide/e2e.md (Firefox section).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

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

export async function launchFirefox(executablePath: string): Promise<Browser> {
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
      'intl.locale.requested': 'ko',
    },
  });
  await browser.installExtension(FIREFOX_DIR);
  return browser;
}

/** Opens an extension page (moz-extension://) the way that works here: BiDi navigate, not page.goto. */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const connection = (browser as unknown as { connection: { send: (m: string, p: unknown) => Promise<unknown> } }).connection;
  await connection.send('browsingContext.navigate', { context, url: `moz-extension://${EXTENSION_UUID}/${path}`, wait: 'complete' });
  return page;
}
