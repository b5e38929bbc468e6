/**
 * A country's flag as a small bundled SVG (flags/XX.svg, copied at build time), so it looks the same on
 * Windows, where flag emoji render as two letters. Decorative: the country's name is always written next
 * to it, so it is hidden from screen readers. Drawn as the background of a sized box rather than an <img>:
 * an image starts loading the moment its `src` is set, inside the render, and the popup's content came
 * ~1.5 ms later with <img> flags (issue 19); a background loads once the box is styled, after the content
 * is in the page.
 */
import { isCountryCode } from '../shared/iso-countries';

export function Flag({ code, size = 16 }: { code: string; size?: number }) {
  if (!isCountryCode(code)) return <span class="flag-unknown" aria-hidden="true">❔</span>;
  return <span class="flag" data-country={code} aria-hidden="true" style={{ backgroundImage: `url(flags/${code}.svg)`, width: `${Math.round(size * 1.5)}px`, height: `${size}px` }} />;
}
