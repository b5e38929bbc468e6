/**
 * Korean alternatives where she decides, in the real toolbar popup and the on-page card: Midjourney gets
 * Korean image generators; Make gets a plain "딱 맞는 국산 대안은 아직 없어요"; Manychat gets Korean
 * chatbot builders with what can be connected. The expectations come from the same ranking code and
 * registry files the extension ships. Screenshots: dist/test-artifacts/alternatives-*.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWN_FIRST } from '../../src/popup/components/alternative-list';
import { noCloseMatch, rankAlternatives } from '../../src/registry/alternatives';
import tools from '../support/registry-data';
import { chromiumOrSkip, launchExtension, openToolbarPopup, readStorage, waitFor, type Harness } from './support/extension';

const ARTIFACTS = 'dist/test-artifacts';
const SITES = { 'midjourney.com': 'midjourney', 'make.com': 'make', 'manychat.com': 'manychat' } as const;
const run = chromiumOrSkip() ? describe : describe.skip;
const tool = (id: string) => tools.find((t) => t.id === id)!;

run('Korean alternatives in the popup and the card', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launchExtension(Object.keys(SITES), { devtools: true });
  });
  afterAll(async () => h?.close());

  it.each(Object.entries(SITES))('%s: the popup offers what does the job, or says nothing does', async (host, id) => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url(host, '/'));
    const { popup, close } = await openToolbarPopup(h, page);
    await popup.locator('.alternatives').waitFor();
    const ranked = rankAlternatives(tool(id), tools);
    const heading = await popup.locator('#alt-title').innerText();
    expect(heading).toBe(noCloseMatch(ranked) ? '딱 맞는 국산 대안은 아직 없어요' : '국산 대안');
    const names = await popup.locator('.alternatives li strong').allInnerTexts();
    expect(names).toEqual(ranked.slice(0, SHOWN_FIRST).map((a) => a.tool.name.ko));
    // Automation and marketing tools say whether each alternative can be wired in.
    const connects = await popup.locator('.alternatives .connects').count();
    expect(connects).toBe(id === 'midjourney' ? 0 : names.length);
    await popup.screenshot({ path: `${ARTIFACTS}/alternatives-popup-${id}.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' }); // no half-way button transition in the shot
    await popup.screenshot({ path: `${ARTIFACTS}/alternatives-popup-${id}-dark.png`, fullPage: true });
    await close();
    // The card on the same page, once it was really seen, lower right.
    await waitFor(async () => ((await readStorage(h)).cardState as Record<string, { lastShown?: string }> | undefined)?.[id]?.lastShown, `card on ${host}`);
    await page.screenshot({ path: `${ARTIFACTS}/alternatives-card-${id}.png` });
  });

  it('the seed tools get the honest answer', () => {
    expect(noCloseMatch(rankAlternatives(tool('make'), tools))).toBe(true);
    expect(noCloseMatch(rankAlternatives(tool('midjourney'), tools))).toBe(false);
    expect(noCloseMatch(rankAlternatives(tool('manychat'), tools))).toBe(false);
  });
});
