/** The card names the Hangul font this platform has first, and still names every other one. */
import { describe, expect, it } from 'vitest';
import { hangulFontStack } from '../../src/content/hangul-font';

const families = (stack: string) => stack.split(',').map((f) => f.replaceAll('"', ''));

describe('hangulFontStack', () => {
  it.each([
    ['Windows', 'Malgun Gothic'], ['Win32', 'Malgun Gothic'],
    ['macOS', 'Apple SD Gothic Neo'], ['MacIntel', 'Apple SD Gothic Neo'], ['iPad', 'Apple SD Gothic Neo'],
    ['Linux', 'Noto Sans CJK KR'], ['Linux x86_64', 'Noto Sans CJK KR'], ['Chrome OS', 'Noto Sans CJK KR'], ['', 'Noto Sans CJK KR'],
  ])('on %j names %s first', (platform, first) => {
    expect(families(hangulFontStack(platform))[0]).toBe(first);
  });

  it('keeps all three Hangul fonts and the generic fallbacks whatever the guess', () => {
    for (const platform of ['Windows', 'macOS', 'Linux', 'something else']) {
      const list = families(hangulFontStack(platform));
      expect([...list].sort()).toEqual(['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'sans-serif', 'system-ui']);
      expect(list.slice(-2)).toEqual(['system-ui', 'sans-serif']); // Hangul before the system's Latin-only faces
    }
  });
});
