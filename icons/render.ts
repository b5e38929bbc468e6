/**
 * Renders icon.svg to the PNG sizes the stores ask for, with the project's own Chromium:
 *   npx tsx icons/render.ts
 * The PNGs are committed; run this only when the design changes.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChromium } from '../src/build/launch';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 64, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: new URL(`./icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
