/**
 * The REAL toolbar popup in Chromium with classic, always-visible scrollbars (the Windows default): taller
 * than its limit, it scrolls down but never sideways (body 360 px + a scrollbar must still fit). The same
 * check for Firefox is in firefox.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumOrSkip, launchExtension, openToolbarPopup, waitFor, type Harness } from './support/extension';

const run = chromiumOrSkip() ? describe : describe.skip;

run('toolbar popup in Chromium with classic scrollbars', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension(['chatgpt.com'], { devtools: true, classicScrollbars: true });
  });
  afterAll(async () => h?.close());

  it('a popup taller than its limit scrolls down, not sideways', async () => {
    const page = await h.ctx.newPage();
    await page.goto(h.sites.url('chatgpt.com', '/c/scrollbars'));
    const { popup, close } = await openToolbarPopup(h, page);
    await popup.locator('.tally').waitFor();
    // Taller than the limit: the sources open and every alternative shown.
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      document.querySelector<HTMLElement>('.alternatives button[aria-expanded="false"]')?.click();
    });
    let lastHeight = 0;
    const m = await waitFor(async () => {
      const now = await popup.evaluate(() => {
        const root = document.documentElement;
        scrollTo(100, 0); // a sideways scroll, if there is anything to scroll
        // The browser draws classic scrollbars (whatever the popup's own CSS does with its own): a probe box.
        const probe = Object.assign(document.createElement('div'), { style: 'position:absolute;width:99px;height:99px;overflow:scroll' });
        document.body.append(probe);
        const classicScrollbar = probe.offsetWidth - probe.clientWidth;
        probe.remove();
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollHeight: root.scrollHeight,
          clientHeight: root.clientHeight, innerWidth, innerHeight, scrollX, classicScrollbar };
      });
      // Done growing (the browser resizes the popup after the content changes) and taller than the limit.
      const settled = now.innerHeight === lastHeight && now.scrollHeight > now.clientHeight;
      lastHeight = now.innerHeight;
      return settled ? now : null;
    }, 'popup taller than its limit');
    console.log(`[e2e] chromium popup with classic scrollbars: ${JSON.stringify(m)}`);
    expect(m.classicScrollbar).toBeGreaterThan(0); // classic scrollbars take room in this browser
    expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
    expect(m.scrollX).toBe(0);
    expect(m.clientWidth).toBeGreaterThanOrEqual(360); // the content keeps its full width
    await close();
  });
});
