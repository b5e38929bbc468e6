/**
 * Signed registry updates in a real Chromium, with a local HTTPS server standing in for the static host.
 * The extension is built for this test with the server's URL and a throwaway key (build-time settings;
 * nothing can change them at run time). Off: not one request. On: one request per check, without
 * cookies; the tool that came by update is recognised, counted on its page and labelled "업데이트된
 * 정보" in the popup. A tampered file changes nothing, and the settings say why.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beActive, chromiumOrSkip, launchExtension, openToolbarPopup, readStorage, useRealFocus, waitFor, type Harness,
} from './support/extension';
import { selfSignedCert } from './support/fake-sites';
import { makeTool } from '../support/make-tool';
import { signedUpdate, testKey, updateTools } from '../support/signed-update';
import { storedDays } from './support/days';

const run = chromiumOrSkip() ? describe : describe.skip;
const root = resolve(import.meta.dirname, '../..');
const BUILD = resolve(root, 'dist/e2e-registry-updates');
const UPDATE_HOST = 'updates.ai-origin.test';
const UPDATE_PATH = '/registry-update.signed';
const TOOL_HOST = 'newtool.chatgpt.com';
const key = testKey();
const newTool = makeTool('e2e-newtool', { name: { ko: '새 도구', en: 'New Tool' }, country: 'FR', hosts: [TOOL_HOST] });
const good = signedUpdate(key, { sequence: 7, date: '2026-11-28' }, updateTools([newTool]));

interface Hit { path: string; method: string; cookie?: string; referer?: string }

/** The static host: serves whatever `served` is now, with the CORS header GitHub Pages sends; logs every hit. */
async function startUpdateHost() {
  const hits: Hit[] = [];
  const host = { served: good as Uint8Array, hits, port: 0, close: () => Promise.resolve() };
  const server: Server = createServer(selfSignedCert([UPDATE_HOST]), (req, res) => {
    const path = req.url ?? '/';
    if (path === '/visit') {
      // A page of that site she once visited: it sets a cookie, which the update request must not carry.
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'visitor=she; Secure; SameSite=None; Path=/' }).end('<p>hello</p>');
      return;
    }
    // The browser's own favicon fetch for that page is not the extension's.
    if (path === '/favicon.ico') return void res.writeHead(404).end();
    hits.push({ path, method: req.method ?? '', cookie: req.headers.cookie, referer: req.headers.referer });
    if (path !== UPDATE_PATH) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(Buffer.from(host.served));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host.port = (server.address() as AddressInfo).port;
  host.close = () => new Promise((r) => server.close(() => r()));
  return host;
}

run('registry updates in Chromium', () => {
  let h: Harness;
  let updates: Awaited<ReturnType<typeof startUpdateHost>>;
  let report: Page;
  const url = () => `https://${UPDATE_HOST}:${updates.port}${UPDATE_PATH}`;
  const status = async () => (await report.textContent('#registry-updates-status'))?.trim() ?? '';
  const checkAt = async () => ((await readStorage(h)).registryCheck as { at: number; result: string } | undefined);
  /** Fires the weekly alarm now (what the browser does once a week). */
  const fireAlarm = async () => (await h.worker()).evaluate(() => chrome.alarms.create('registry-update', { when: Date.now() }));
  type Day = Record<string, { activeMs: number; visits: number }>;
  const today = async (): Promise<Day> =>
    (storedDays(await readStorage(h)).pop()?.[1] ?? {}) as Day;

  beforeAll(async () => {
    updates = await startUpdateHost();
    await promisify(execFile)(resolve(root, 'node_modules/.bin/tsx'), ['build.ts', `--out-dir=${BUILD}`], {
      cwd: root,
      env: { ...process.env, REGISTRY_UPDATE_URL: url(), REGISTRY_UPDATE_KEYS: key.publicKey },
    });
    h = await launchExtension(['chatgpt.com', UPDATE_HOST], { extensionDir: resolve(BUILD, 'chrome'), devtools: true });
  }, 90_000);
  afterAll(async () => {
    await h?.close();
    await updates?.close();
  });

  it('builds with exactly the update origin in connect-src and no new host permission', async () => {
    const manifest = await (await h.worker()).evaluate(() => chrome.runtime.getManifest());
    expect((manifest.content_security_policy as { extension_pages: string }).extension_pages).toContain(`connect-src 'self' https://${UPDATE_HOST}:${updates.port};`);
    expect(JSON.stringify(manifest.host_permissions)).not.toContain(UPDATE_HOST);
  });

  it('off (the default): not one request, and the new tool is unknown', async () => {
    // The welcome page says in one plain sentence what turning updates on would fetch, from where, how often.
    const welcome = await waitFor(() => h.ctx.pages().find((p) => p.url().endsWith('/welcome.html')), 'welcome tab');
    await welcome.locator('#welcome-updates').waitFor();
    expect(await welcome.textContent('#welcome-updates')).toContain(`일주일에 한 번 ${UPDATE_HOST}:${updates.port}에서 AI 도구 목록 파일 하나만 받고, 나에 대한 정보는 아무것도 보내지 않아요`);
    const visit = await h.ctx.newPage();
    await visit.goto(`https://${UPDATE_HOST}:${updates.port}/visit`); // she has a cookie for that site now
    const tool = await h.ctx.newPage();
    await tool.goto(h.sites.url(TOOL_HOST, '/'));
    report = await h.ctx.newPage();
    await report.goto(`chrome-extension://${h.extensionId}/report.html`);
    await report.waitForSelector('#set-registry-updates');
    expect(await report.isChecked('#set-registry-updates')).toBe(false);
    expect(await report.textContent('#registry-updates-about')).toContain(`일주일에 한 번 ${UPDATE_HOST}:${updates.port}에서`);
    const view = await report.evaluate((u) => chrome.runtime.sendMessage({ type: 'popup:view', payload: { url: u } }), h.sites.url(TOOL_HOST, '/'));
    expect(view.value.tool?.id ?? null).not.toBe('e2e-newtool');
    expect(await (await h.worker()).evaluate(() => chrome.alarms.get('registry-update'))).toBeFalsy();
    expect(updates.hits).toEqual([]);
    await tool.close();
  });

  it('on: one request (no cookie, no referrer, no query), then the new tool is recognised and counted', async () => {
    await report.click('#set-registry-updates');
    await waitFor(async () => (await status()).includes('결과: 새 목록을 받아 쓰고 있어요'), 'settings show the accepted update', 30_000);
    expect(updates.hits).toEqual([{ path: UPDATE_PATH, method: 'GET', cookie: undefined, referer: undefined }]);
    expect(await report.textContent('#registry-updates-in-use')).toContain('11월 28일');
    const alarm = await (await h.worker()).evaluate(() => chrome.alarms.get('registry-update'));
    expect(alarm?.periodInMinutes).toBe(7 * 24 * 60);

    const tool = await h.ctx.newPage();
    await tool.goto(h.sites.url(TOOL_HOST, '/c/1'));
    await useRealFocus(h, tool);
    await tool.bringToFront();
    await beActive(tool, 1_500);
    await report.bringToFront();
    const counted = await waitFor(async () => {
      const bucket = (await today())['e2e-newtool'];
      return bucket && bucket.visits === 1 && bucket.activeMs > 500 ? bucket : null;
    }, 'the new tool counted on its page', 30_000);
    console.log(`[e2e] registry update: new tool counted ${counted.activeMs} ms, ${counted.visits} visit`);

    const { popup, close } = await openToolbarPopup(h, tool);
    await popup.waitForSelector('#update-source');
    expect(await popup.textContent('h1')).toContain('새 도구');
    expect(await popup.textContent('#update-source')).toBe('업데이트된 정보 · 11월 28일');
    await popup.screenshot({ path: resolve(root, 'dist/test-artifacts/popup-registry-update.png') }).catch(() => undefined);
    await close();
    await tool.close();
  });

  it('one request per check: the weekly alarm fetches once and finds the same file', async () => {
    const before = (await checkAt())!.at;
    await fireAlarm();
    const check = await waitFor(async () => ((await checkAt())!.at > before ? checkAt() : null), 'second check recorded', 30_000);
    expect(check?.result).toBe('current');
    expect(updates.hits.filter((x) => x.path === UPDATE_PATH)).toHaveLength(2);
  });

  it('a tampered file: nothing changes, and the settings say why', async () => {
    const stored = JSON.stringify((await readStorage(h)).registryUpdate);
    const tampered = signedUpdate(key, { sequence: 8, date: '2026-12-05' }, updateTools([makeTool('evil', { hosts: [TOOL_HOST] })]));
    tampered[100]! ^= 0x01;
    updates.served = tampered;
    const before = (await checkAt())!.at;
    await fireAlarm();
    await waitFor(async () => ((await checkAt())!.at > before ? checkAt() : null), 'third check recorded', 30_000);
    expect(updates.hits.filter((x) => x.path === UPDATE_PATH)).toHaveLength(3);
    expect(JSON.stringify((await readStorage(h)).registryUpdate)).toBe(stored);
    await report.reload();
    await waitFor(async () => (await status()).includes('결과: 서명이 맞지 않아 쓰지 않았어요'), 'settings say the signature did not match', 30_000);
    expect(await report.textContent('#registry-updates-in-use')).toContain('11월 28일');
    await report.locator('#registry-updates').screenshot({ path: resolve(root, 'dist/test-artifacts/report-registry-update-refused.png') }).catch(() => undefined);
    const view = await report.evaluate((u) => chrome.runtime.sendMessage({ type: 'popup:view', payload: { url: u } }), h.sites.url(TOOL_HOST, '/'));
    expect(view.value.tool.id).toBe('e2e-newtool');
  });

  it('off again: back to the bundled registry, no alarm, no further request', async () => {
    await report.click('#set-registry-updates');
    await waitFor(async () => !(await report.isChecked('#set-registry-updates')) && !(await report.$('#registry-updates-in-use')), 'switched off');
    const all = await readStorage(h);
    expect(all.registryUpdate).toBeUndefined();
    expect(await (await h.worker()).evaluate(() => chrome.alarms.get('registry-update'))).toBeFalsy();
    expect(updates.hits.filter((x) => x.path === UPDATE_PATH)).toHaveLength(3);
  });
});
