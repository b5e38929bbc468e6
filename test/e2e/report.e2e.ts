/**
 * The report page in a real Chromium with seeded usage: the numbers shown match the seed, the share
 * card is a real PNG with Korean text, export → import of your own backup changes nothing, delete needs
 * its confirmation, and a weekly summary missed while the browser was closed is shown on the next start.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { addDays, weekStartOf } from '../../src/shared/week-summary';
import { chromiumOrSkip, launchExtension, readStorage, stopWorker, waitFor, type Harness } from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;
const MIN = 60_000;
// The browser inherits this process's TZ, so both sides agree on which local week "now" is in.
const thisWeek = weekStartOf(Date.now(), 1);
const lastWeek = addDays(thisWeek, -7);
const SEED = {
  // Last week 18 % domestic (18 of 100 min); this week 25 % (10 of 40 min, on wrtn: a Korean app on foreign models).
  [`day:${addDays(lastWeek, 1)}`]: { chatgpt: { activeMs: 61 * MIN, visits: 5 }, 'kling-ai': { activeMs: 21 * MIN, visits: 2 }, 'clova-x': { activeMs: 18 * MIN, visits: 3 } },
  [`day:${thisWeek}`]: { chatgpt: { activeMs: 30 * MIN, visits: 3 }, wrtn: { activeMs: 10 * MIN, visits: 1 } },
  settings: { ...DEFAULT_SETTINGS, goalPercent: 20 },
};

run('report page in Chromium', () => {
  let h: Harness;
  let page: Page;
  const text = async (selector: string) => (await page.locator(selector).textContent())?.trim();

  beforeAll(async () => {
    h = await launchExtension(['example.org']);
    const sw = await h.worker();
    await sw.evaluate((seed) => chrome.storage.local.set(seed), SEED);
    page = await h.ctx.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/report.html`);
    await page.locator('#share-time').waitFor();
  });
  afterAll(async () => h?.close());

  it('shows the seeded week against last week, by country, the model origin and the goal', async () => {
    expect(await text('#share-time')).toBe('사용 시간국산 25% · 해외 75%지난주보다 +7%p');
    expect(await text('#week-totals')).toBe('이번 주 40분 · 방문 4회 · 지난주 1시간 40분 · 방문 10회');
    expect(await text('#model-origin')).toBe('국산 도구 사용 시간 중 100%(10분)는 해외 모델로 돌아갔어요.');
    expect(await text('#goal-progress')).toBe('지금 25% · 목표 20% 달성했어요!');
    const countries = await page.locator('[aria-label="나라별"] li').allTextContents();
    expect(countries).toEqual(['🇺🇸 미국75% · 30분', '🇰🇷 한국25% · 10분']);
    expect(await page.locator('svg.trend .trend-dot').count()).toBe(2);
    await page.screenshot({ path: 'dist/test-artifacts/report-page.png', fullPage: true });
  });

  it('the share card downloads as a PNG drawn with a CJK font', async () => {
    const link = page.locator('#card-download');
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^blob:chrome-extension:/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`ai-origin-${thisWeek}.png`);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1080); // width from the IHDR chunk
    // Korean glyphs render only if the page can use a CJK font (otherwise boxes): ask the page.
    expect(await page.evaluate(() => document.fonts.check('700 60px "Noto Sans CJK KR"', '국산'))).toBe(true);
    const { writeFileSync } = await import('node:fs');
    mkdirSync('dist/test-artifacts', { recursive: true });
    writeFileSync('dist/test-artifacts/report-share-card.png', png);
  });

  it('exporting then importing your own backup changes nothing; a foreign file gets a clear error', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const json = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(json) as { format: string; days: Record<string, unknown> };
    expect(file.format).toBe('ai-origin-export');
    expect(Object.keys(file.days).sort()).toEqual([addDays(lastWeek, 1), thisWeek]);

    await page.setInputFiles('#import-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await waitFor(async () => (await text('#import-status'))?.includes('바뀌는 게 없어요'), 'import preview');
    expect(await page.locator('#import-apply').count()).toBe(0);

    await page.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await waitFor(async () => (await text('#import-status [role=alert]'))?.includes('AI 원산지에서 내보낸 파일이 아니에요'), 'import error');
  });

  it('deletes all data only after confirming', async () => {
    await page.click('#delete-all');
    await page.click('#delete-cancel');
    expect(Object.keys(await readStorage(h)).filter((k) => k.startsWith('day:'))).toHaveLength(2);
    await page.click('#delete-all');
    await page.click('#delete-confirm');
    await waitFor(async () => (await text('#share-time'))?.includes('기록 없음'), 'report emptied');
    const left = await readStorage(h);
    expect(Object.keys(left).filter((k) => k.startsWith('day:'))).toEqual([]);
    expect(left.settings).toMatchObject({ goalPercent: 20 });
  });

  it('a weekly summary that came due while the browser was closed is shown once on the next start', async () => {
    const sw = await h.worker();
    // The worker's own first-start check has run (it sets the marker); now pretend we last notified 3 weeks ago.
    await waitFor(async () => (await readStorage(h)).weeklyNotified, 'first-start marker');
    await sw.evaluate((seed) => chrome.storage.local.set(seed), { ...SEED, weeklyNotified: addDays(thisWeek, -21) });
    await stopWorker(h);
    const reload = await h.ctx.newPage(); // wakes the worker: its start-up check catches up
    await reload.goto(`chrome-extension://${h.extensionId}/report.html`);
    const woken = await h.worker();
    const ids = await waitFor(async () => {
      const all = await woken.evaluate(() => chrome.notifications.getAll());
      return Object.keys(all).length > 0 ? Object.keys(all) : null;
    }, 'weekly notification (is registerWeeklySummary wired in src/background/index.ts?)');
    const due = (await readStorage(h)).weeklyNotified as string;
    expect(ids).toEqual([`weekly-summary:${due}`]);
    expect([thisWeek, lastWeek]).toContain(due);
    expect((await woken.evaluate(() => chrome.alarms.get('weekly-summary')))?.scheduledTime).toBeGreaterThan(Date.now());
    expect(h.strayRequests).toEqual([]);
  });
});
