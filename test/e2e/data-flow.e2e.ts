/**
 * "Where your prompts go" in the real popup and report: a Korean service that sends input abroad is
 * flagged under its label, a foreign one shows where input is processed with its source, and the report
 * splits the week's time by input destination. Screenshots: dist/test-artifacts/data-flow-*.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tools from '../support/registry-data';
import { chromiumOrSkip, launchExtension, openToolbarPopup, waitFor, type Harness } from './support/extension';

const ARTIFACTS = 'dist/test-artifacts';
const run = chromiumOrSkip() ? describe : describe.skip;
const tool = (id: string) => tools.find((t) => t.id === id)!;

run('where the input goes', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launchExtension(['kanana.kakao.com', 'perplexity.ai'], { devtools: true });
    const sw = await h.worker();
    // This week: 30 min on Kanana (input also to the US), 20 min on Perplexity (US), 10 min on a tool
    // whose disclosure was not read (unknown).
    await sw.evaluate(async () => {
      const d = new Date();
      const key = `day:${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      await chrome.storage.local.set({ schemaVersion: 1, [key]: { kanana: { activeMs: 1_800_000, visits: 2 }, perplexity: { activeMs: 1_200_000, visits: 1 }, midjourney: { activeMs: 600_000, visits: 1 } } });
    });
  });
  afterAll(async () => h?.close());

  it('a Korean service sending input abroad is flagged, with the recipients and the source', async () => {
    expect(tool('kanana').dataCountries!.some((d) => d.country !== 'KR')).toBe(true);
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('kanana.kakao.com', '/'));
    const { popup, close } = await openToolbarPopup(h, page);
    await popup.locator('#data-abroad').waitFor();
    expect(await popup.locator('#data-abroad').innerText()).toContain('미국에서도 처리돼요');
    expect(await popup.locator('.data-flow').innerText()).toMatch(/미국 \(OpenAI\) · 한국 \(Kakao\)/);
    expect(await popup.locator('.data-flow a').getAttribute('href')).toBe(tool('kanana').dataCountries![0]!.source.url);
    await popup.screenshot({ path: `${ARTIFACTS}/data-flow-popup-kanana.png`, fullPage: true });
    await close();
  });

  it('the report splits the week by where the input went', async () => {
    const report = await h.ctx.newPage();
    // With no use in any completed week, the report opens on the week in progress (where the seed is).
    await report.goto(`chrome-extension://${h.extensionId}/report.html`);
    const section = report.locator('#input-flow');
    await section.waitFor();
    await waitFor(async () => ((await section.locator('li').allInnerTexts()).join(' ').includes('83%') ? true : null), 'this week in the input view');
    const text = (await section.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('국내에서만 처리 0%');
    expect(text).toContain('해외에서도 처리 83%');
    expect(text).toContain('알 수 없음 17%');
    await section.screenshot({ path: `${ARTIFACTS}/data-flow-report.png` });
  });
});
