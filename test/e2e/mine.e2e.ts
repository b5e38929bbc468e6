/**
 * Her own registry in real Chromium (issue 13), on a made-up site the registry lacks (unlisted-ai.test,
 * served locally): add it from the REAL toolbar popup with the page's evidence, its active time counted
 * after a worker stop, a correction that changes the popup and the week, export → import on a fresh
 * profile brings her entries back (labelled; counted again once that profile grants the site), and
 * removal stops the content script there.
 *
 * The granted path: headless Chromium shows the permission prompt and nobody can accept it, so the site's
 * origins are pre-granted in the profile's Preferences before launch (support/pre-grant.ts) — the state
 * after she clicked "허용". The popup still calls `permissions.request` in her click as in real use; it
 * resolves true at once. Screenshots: dist/test-artifacts/mine-e2e-*.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beActive, chromiumOrSkip, launchExtension, openToolbarPopup, readStorage, stopWorker, useRealFocus,
  waitFor, watchContentScripts, type Harness, type LaunchOptions,
} from './support/extension';
import type { PopupView } from '../../src/shared/popup-view';
import { HER_SITE, launchGranted as launchWith, siteOrigins } from './support/her-site';
import { readTruth, totalMs, watchTruth } from './support/truth';
import { storedDays } from './support/days';

const SITE = HER_SITE;
const ENTRY_ID = 'mine-unlisted-ai-test';
const ORIGINS = siteOrigins(SITE);
const HOSTS = [SITE, 'chatgpt.com', 'example.org'];
const ARTIFACTS = 'dist/test-artifacts';
const MIN = 60_000;
const run = chromiumOrSkip() ? describe : describe.skip;

const launchGranted = (origins: string[], options: LaunchOptions, profileDir?: string) => launchWith(HOSTS, origins, options, profileDir);

type Day = Record<string, { activeMs: number; visits: number }>;
const today = async (h: Harness): Promise<Day> => {
  const all = await readStorage(h);
  return (storedDays(all).pop()?.[1] ?? {}) as Day;
};

/** Sends one message from our own extension page (the real protocol, sender checks included). */
async function fromOurPage<T>(h: Harness, message: unknown): Promise<T> {
  const page = await h.ctx.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/report.html`);
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message) as { ok: boolean; value: T; error?: string };
  await page.close();
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

run('her own registry in Chromium', () => {
  let h: Harness;
  let exported: unknown;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launchGranted(ORIGINS, { devtools: true });
    // Some use of ChatGPT this week, so a correction visibly changes the week's share.
    const sw = await h.worker();
    await sw.evaluate(async (min) => {
      const d = new Date();
      const key = `day:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await chrome.storage.local.set({ schemaVersion: 1, [key]: { chatgpt: { activeMs: 30 * min, visits: 3 } } });
    }, MIN);
  });
  afterAll(async () => h?.close());

  async function popupOn(page: Page, heading: string) {
    const opened = await openToolbarPopup(h, page);
    await opened.popup.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 10_000 }).catch(async (e) => {
      throw new Error(`no heading "${heading}" in: ${await opened.popup.locator('body').innerText().catch(() => '?')}`, { cause: e });
    });
    return opened;
  }

  it('adds an unlisted site from the popup with the page\'s evidence; the worker registers the content script for that one site', async () => {
    const page = await h.ctx.newPage();
    const worlds = await watchContentScripts(h, page);
    await page.goto(h.sites.url(SITE, '/'));
    await page.evaluate(() => new Promise((r) => (document.readyState === 'complete' ? r(null) : addEventListener('load', r))));
    expect(worlds()).toBe(0); // not a registry host: no content script before she adds it

    const { popup, close } = await popupOn(page, '등록된 AI 도구가 아니에요');
    await popup.locator('#mine-add').click();
    const form = popup.locator('#mine-add-form');
    await form.waitFor();
    const evidence = await form.locator('.evidence').first().innerText();
    expect(evidence).toContain('220-81-62517');
    expect(evidence).toContain('하단 정보');
    expect(await form.locator('#mine-suggestion').innerText()).toMatch(/^추천 국가: 한국 \(근거 \d+개\)/);
    expect(await form.locator('[name=country]').inputValue()).toBe('KR');
    expect(await form.locator('[name=vendor]').inputValue()).toBe('(주)언리스티드');
    expect(await form.locator('[name=name]').inputValue()).toBe('언리스티드 AI');
    await popup.screenshot({ path: `${ARTIFACTS}/mine-e2e-add-form.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await popup.screenshot({ path: `${ARTIFACTS}/mine-e2e-add-form-dark.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });

    await form.getByRole('button', { name: '내 AI 도구로 저장' }).click();
    // The popup redraws from the worker: her entry, labelled and marked as hers, counted.
    await popup.getByRole('heading', { name: '언리스티드 AI', level: 1 }).waitFor();
    expect(await popup.locator('.card #mine-mark').innerText()).toBe('내가 추가함');
    expect(await popup.locator('.origin-country').innerText()).toBe('한국');
    await popup.locator('#mine-counted', { hasText: '사용 시간을 집계하고 있어요.' }).waitFor();
    await popup.screenshot({ path: `${ARTIFACTS}/mine-e2e-her-entry.png`, fullPage: true });
    await close();

    const sw = await h.worker();
    const state = await sw.evaluate(async (origins) => ({
      scripts: (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches })),
      granted: await chrome.permissions.contains({ origins }),
      optional: (await chrome.permissions.getAll()).origins?.filter((o) => !o.startsWith('*://*.')),
      personal: (await chrome.storage.local.get('personal')).personal,
    }), ORIGINS);
    expect(state.scripts).toEqual([{ id: 'user-entries', matches: ORIGINS }]);
    expect(state.granted).toBe(true);
    expect(state.optional).toEqual(ORIGINS); // that one site (and its www.), never more
    expect(state.personal).toMatchObject({ entries: [{ id: ENTRY_ID, host: SITE, country: 'KR', vendor: '(주)언리스티드' }] });
    // The open tab got the content script at once (injected after the grant).
    await waitFor(() => worlds() > 0, 'content script started in the open tab');
  });

  it('counts her site\'s active time after a worker stop, from the registered script on a fresh page', async () => {
    await stopWorker(h);
    const page = await h.ctx.newPage();
    await watchTruth(page);
    const worlds = await watchContentScripts(h, page);
    await page.goto(h.sites.url(SITE, '/write'));
    await useRealFocus(h, page);
    await waitFor(() => worlds() > 0, 'registered content script ran on a fresh page');
    await waitFor(async () => (await today(h))[ENTRY_ID]?.visits, 'visit counted');
    await stopWorker(h);
    const other = await h.ctx.newPage();
    await other.goto(h.sites.url('example.org', '/'));
    await page.bringToFront();
    await beActive(page, 2_000);
    await other.bringToFront();
    await waitFor(() => page.evaluate(() => !document.hasFocus()), 'her page lost focus');
    const truth = totalMs(await waitFor(async () => {
      const marks = await readTruth(h.ctx, page.url(), page);
      return marks.length === 1 ? marks : null;
    }, 'the page recorded its stretch'));
    const counted = await waitFor(async () => {
      const ms = (await today(h))[ENTRY_ID]?.activeMs ?? 0;
      return Math.abs(ms - truth) <= 50 ? ms : null;
    }, `her site's active time near ${truth} ms`);
    console.log(`[e2e] her site: truth ${truth} ms, counted ${counted} ms after a worker stop`);
    await page.close();
    await other.close();
  });

  it('a correction changes the popup (marked as hers, the registry one tap away) and the week\'s tally', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('chatgpt.com', '/'));
    const before = await popupOn(page, '챗GPT');
    const tallyBefore = await before.popup.locator('.tally').innerText();
    expect(await before.popup.locator('.origin-country').innerText()).toBe('미국');
    await before.popup.getByRole('button', { name: '메뉴' }).click();
    await before.popup.getByRole('menuitem', { name: '정보가 틀렸나요?' }).click();
    const form = before.popup.locator('#mine-correct');
    await form.waitFor();
    await before.popup.screenshot({ path: `${ARTIFACTS}/mine-e2e-correction-form.png`, fullPage: true });
    await form.locator('[name=country]').selectOption('KR');
    await form.locator('[name=reason]').fill('테스트용: 국내 법인이 운영해요');
    await form.getByRole('button', { name: '고친 정보 저장' }).click();
    await before.popup.locator('#mine-mark').waitFor();
    const after = await before.popup.locator('main').innerText();
    expect(after).toMatch(/^한국\s+국산/);
    expect(await before.popup.locator('#mine-mark').innerText()).toContain('내가 고친 정보');
    const tallyAfter = await before.popup.locator('.tally').innerText();
    expect(tallyBefore).toMatch(/해외 100%/);
    // ChatGPT's models stay American: a Korean service on a foreign model, and the country list says 한국.
    expect(tallyAfter).toMatch(/국내 서비스·해외 모델 100%/);
    expect(tallyAfter).toMatch(/한국\s+100%/);
    await before.popup.getByRole('button', { name: '원래 정보 보기' }).click();
    expect(await before.popup.locator('#mine-registry-version').innerText()).toMatch(/^등록된 정보: .+ · 미국/);
    await before.popup.screenshot({ path: `${ARTIFACTS}/mine-e2e-corrected.png`, fullPage: true });
    await before.close();
    await page.close();
  });

  it('export, then import on a fresh profile: her entries come back labelled, and counted once that profile grants the site', async () => {
    exported = (await fromOurPage<{ file: unknown }>(h, { type: 'data:export', payload: {} })).file;
    expect(exported).toMatchObject({ personal: { entries: [{ id: ENTRY_ID }], corrections: { chatgpt: { country: 'KR' } } } });

    let fresh = await launchGranted([], { devtools: true });
    try {
      await fromOurPage(fresh, { type: 'data:import', payload: { file: exported, apply: true } });
      // Not granted on this profile, so the test's programmatic popup (no activeTab) could not see the tab's
      // address: ask for the very reply the popup renders, from our own page, as the popup does.
      const view = await fromOurPage<PopupView>(fresh, { type: 'popup:view', payload: { tabId: null, url: `https://${SITE}/` } });
      expect(view.kind).toBe('tool');
      expect(view.tool).toMatchObject({ id: ENTRY_ID, country: 'KR', personal: { kind: 'entry' } });
      expect(view.mine).toMatchObject({ entry: { id: ENTRY_ID }, granted: false });
      const chatgpt = await fromOurPage<PopupView>(fresh, { type: 'popup:view', payload: { tabId: null, url: 'https://chatgpt.com/' } });
      expect(chatgpt.tool).toMatchObject({ country: 'KR', personal: { kind: 'correction' } });
      const sw = await fresh.worker();
      expect(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);

      // She grants the site on this profile (pre-granted as above): the worker registers the script at start.
      const { profileDir } = fresh;
      await fresh.close();
      fresh = await launchGranted(ORIGINS, { devtools: true }, profileDir);
      const worker = await fresh.worker();
      await waitFor(async () => (await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 1, 'script registered after the grant');
      const again = await fresh.ctx.newPage();
      await again.goto(fresh.sites.url(SITE, '/again'));
      await waitFor(async () => (await today(fresh))[ENTRY_ID]?.visits, 'her imported site counted (a visit) after the grant');
      const { popup, close } = await openToolbarPopup(fresh, again);
      await popup.getByRole('heading', { name: '언리스티드 AI', level: 1 }).waitFor({ timeout: 10_000 });
      expect(await popup.locator('#mine-mark').innerText()).toBe('내가 추가함');
      expect(await popup.locator('#mine-counted').innerText()).toBe('사용 시간을 집계하고 있어요.');
      await popup.screenshot({ path: `${ARTIFACTS}/mine-e2e-imported-granted.png`, fullPage: true });
      await close();
    } finally {
      await fresh.close();
    }
  });

  it('removing her entry unregisters the script, releases the site, and the content script no longer runs there', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url(SITE, '/'));
    const { popup, close } = await popupOn(page, '언리스티드 AI');
    await popup.locator('#mine-remove').click();
    await popup.getByRole('heading', { name: '등록된 AI 도구가 아니에요', level: 1 }).waitFor();
    await close();
    const sw = await h.worker();
    await waitFor(() => sw.evaluate(async (origins) => !(await chrome.permissions.contains({ origins })), ORIGINS), 'site permission released');
    expect(await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);

    const later = await h.ctx.newPage();
    const worlds = await watchContentScripts(h, later);
    await later.goto(h.sites.url(SITE, '/after'));
    await later.evaluate(() => new Promise((r) => (document.readyState === 'complete' ? r(null) : addEventListener('load', r))));
    expect(worlds()).toBe(0);
  });

  it('made no network requests of its own', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
