/**
 * Signed registry updates in a real Firefox (event page, its own WebCrypto and CSP): off by default with
 * no request; turned on, one request and the update in use; a tampered file refused with the reason shown.
 * The Chromium test (registry-updates.e2e.ts) covers counting and the popup.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/extension';
import { selfSignedCert } from './support/fake-sites';
import { firefoxOrSkip, launchFirefox, openExtensionPage } from './support/firefox';
import { makeTool } from '../support/make-tool';
import { signedUpdate, testKey, updateTools } from '../support/signed-update';

const firefox = firefoxOrSkip();
const run = firefox ? describe : describe.skip;
const root = resolve(import.meta.dirname, '../..');
const BUILD = resolve(root, 'dist/e2e-registry-updates-firefox');
const UPDATE_HOST = 'updates.ai-origin.test';
const UPDATE_PATH = '/registry-update.signed';
const key = testKey();

run('registry updates in Firefox', () => {
  let browser: Browser;
  let server: Server;
  let port = 0;
  let served: Uint8Array = signedUpdate(key, { sequence: 7, date: '2026-11-28' }, updateTools([makeTool('e2e-newtool', { hosts: ['newtool.chatgpt.com'] })]));
  const hits: string[] = [];
  let report: Page;
  const status = async () => (await report.$eval('#registry-updates-status', (e) => e.textContent ?? '')).trim();

  beforeAll(async () => {
    server = createServer(selfSignedCert([UPDATE_HOST]), (req, res) => {
      hits.push(req.url ?? '');
      if (req.url !== UPDATE_PATH) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*' }).end(Buffer.from(served));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    await promisify(execFile)(resolve(root, 'node_modules/.bin/tsx'), ['build.ts', `--out-dir=${BUILD}`], {
      cwd: root,
      env: { ...process.env, REGISTRY_UPDATE_URL: `https://${UPDATE_HOST}:${port}${UPDATE_PATH}`, REGISTRY_UPDATE_KEYS: key.publicKey },
    });
    browser = await launchFirefox(firefox!, resolve(BUILD, 'firefox'));
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('off: no request; on: one request, the update in use; tampered: refused, and settings say why', async () => {
    report = await openExtensionPage(browser, 'report.html');
    await report.waitForSelector('#set-registry-updates');
    expect(await report.$eval('#set-registry-updates', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(hits).toEqual([]);

    await report.click('#set-registry-updates');
    await waitFor(async () => (await status()).includes('결과: 새 목록을 받아 쓰고 있어요'), 'Firefox accepted the update', 30_000);
    expect(hits).toEqual([UPDATE_PATH]);
    expect(await report.$eval('#registry-updates-in-use', (e) => e.textContent)).toContain('11월 28일');

    const tampered = signedUpdate(key, { sequence: 8 });
    tampered[200]! ^= 0x01;
    served = tampered;
    // The weekly alarm, now.
    await report.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.alarms.create('registry-update', { when: Date.now() }));
    await waitFor(() => hits.length === 2, 'second request', 30_000);
    const lastResult = () => report.evaluate(async () =>
      ((await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get('registryCheck')).registryCheck as { result?: string } | undefined)?.result);
    await waitFor(async () => (await lastResult()) === 'signature', 'the refusal recorded', 30_000);
    // page.reload() never settles on moz-extension pages here: a fresh tab shows what settings say now.
    report = await openExtensionPage(browser, 'report.html');
    await report.waitForSelector('#registry-updates-status');
    expect(await status()).toContain('결과: 서명이 맞지 않아 쓰지 않았어요');
    expect(await report.$eval('#registry-updates-in-use', (e) => e.textContent)).toContain('11월 28일');
    expect(hits).toHaveLength(2);
  });
});
