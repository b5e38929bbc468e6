/**
 * Text contrast of the popup's colour pairs, read from popup.css itself, in light and dark mode
 * (WCAG 2 relative luminance; ≥ 4.5:1 for all text, the pills included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../src/popup/popup.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = vars(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...vars(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'), css.indexOf('@media (prefers-reduced-motion'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) =>
    (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [text, background] pairs the stylesheet actually uses. */
const PAIRS: [string, string][] = [
  ['fg', 'bg'], ['muted', 'bg'], ['domestic', 'bg'], ['foreign', 'bg'], ['mixed', 'bg'],
  ['fg', 'surface'], ['muted', 'surface'],
  ['domestic', 'domestic-bg'], ['foreign', 'mixed-bg'], ['fg', 'mixed-bg'], ['muted', 'mixed-bg'], ['fg', 'banner-bg'], ['domestic', 'banner-bg'],
  ['pill-fg', 'pill-domestic'], ['pill-fg', 'pill-foreign'],
  // Her own registry's forms (issue 13): labels and notes on the form's surface, the error, the waiting note.
  ['domestic', 'surface'], ['foreign', 'surface'],
];

describe('popup colour contrast', () => {
  it('found both palettes in popup.css', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(dark.bg).not.toBe(light.bg);
  });

  for (const [scheme, palette] of [['light', light], ['dark', dark]] as const) {
    it.each(PAIRS)(`${scheme}: --%s on --%s is at least 4.5:1`, (fg, bg) => {
      expect(palette[fg], fg).toBeDefined();
      expect(palette[bg], bg).toBeDefined();
      expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the check itself tells a poor pair from a good one', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
