/**
 * "1,234": a number as Korean and English both write it (thousands grouped with a comma, up to three
 * decimals), without Intl. Building a page's first `Intl.NumberFormat` loads its locale data: ~5 ms of the
 * popup's ~20 ms of script as it opens, on the bench machine (CPU profile, issue 19).
 */
export function groupedNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole = '0', fraction] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 && (whole !== '0' || fraction) ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
