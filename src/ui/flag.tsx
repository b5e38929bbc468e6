/**
 * A country's flag as a small bundled SVG (flags/XX.svg, copied at build time), so it looks the same on
 * Windows, where flag emoji render as two letters. Decorative: the country's name is always written next
 * to it, so it is hidden from screen readers.
 */
import { isCountryCode } from '../shared/iso-countries';

export function Flag({ code, size = 16 }: { code: string; size?: number }) {
  if (!isCountryCode(code)) return <span class="flag-unknown" aria-hidden="true">❔</span>;
  return <img class="flag" src={`flags/${code}.svg`} alt="" aria-hidden="true" width={Math.round(size * 1.5)} height={size} />;
}
