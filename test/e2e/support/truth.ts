/**
 * Ground truth measured where the activity happens: in the page, by the page's own clock, from the same
 * trusted events the extension sees, by the README's rule: active while the page has focus and a
 * trusted key or pointer input came within the idle threshold. A stretch starts at the first such
 * input, or when focus returns within the threshold of the last one; it ends at blur or pagehide.
 * Marks go to the page origin's localStorage synchronously, so even the pagehide of a page that is
 * going away is recorded; read them from any page of the same origin.
 * (Measuring from the test process instead — before `bringToFront()`, until the test notices the
 * blur — adds the browser's latencies to "truth": hundreds of ms per stretch under CPU load, which
 * looked like lost time.)
 */
import type { BrowserContext, Page } from 'playwright-core';

const KEY = '__aiOriginTruth';

export async function watchTruth(page: Page, idleMs = 60_000): Promise<void> {
  await page.addInitScript(([key, idle]) => {
    let active = false;
    let lastInput = -Infinity;
    const mark = (kind: string) => {
      const marks = JSON.parse(localStorage.getItem(key) ?? '[]') as [string, number][];
      marks.push([kind, Date.now()]);
      localStorage.setItem(key, JSON.stringify(marks));
    };
    const input = (e: Event) => {
      if (!e.isTrusted) return;
      lastInput = Date.now();
      if (!active && document.hasFocus()) (active = true), mark('start');
    };
    const end = (e: Event) => {
      if (e.isTrusted && active) (active = false), mark('end');
    };
    for (const type of ['keydown', 'pointerdown', 'pointermove']) addEventListener(type, input, true);
    addEventListener('focus', (e) => {
      if (e.isTrusted && !active && Date.now() - lastInput < idle) (active = true), mark('start');
    }, true);
    for (const type of ['blur', 'pagehide']) addEventListener(type, end, true);
  }, [KEY, idleMs] as const);
}

/** The stretches recorded on `origin` so far (opens a page there if none is given). */
export async function readTruth(ctx: BrowserContext, url: string, page?: Page): Promise<[number, number][]> {
  const reader = page ?? (await ctx.newPage());
  if (!page) await reader.goto(url);
  const marks = await reader.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as [string, number][], KEY);
  if (!page) await reader.close();
  const stretches: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i++) if (marks[i]![0] === 'start' && marks[i + 1]![0] === 'end') stretches.push([marks[i]![1], marks[i + 1]![1]]);
  return stretches;
}

export const totalMs = (stretches: readonly [number, number][]): number => stretches.reduce((sum, [s, e]) => sum + e - s, 0);
