/**
 * Is the card really in front of the user? A hostile page can hide it without touching our closed shadow
 * root: a `::after` overlay on our host, a `clip-path`/`opacity`/`filter` on <html>, an element or popover
 * on top. We check what the browser actually renders: styles of the host and its ancestors, no generated
 * content on the host, and hit tests at five points of the card that must land on our host. Computed
 * styles and hit tests come from our isolated world, so page scripts cannot fake the answers.
 */
const GENERATED = ['::before', '::after'] as const;

function styleHides(el: Element, own: boolean): boolean {
  const s = getComputedStyle(el);
  if (s.display === 'none' || Number(s.opacity) < 0.95) return true;
  if (s.clipPath !== 'none' || s.filter !== 'none' || (s.mask && s.mask !== 'none') || s.contentVisibility === 'hidden') return true;
  if (own && s.visibility !== 'visible') return true;
  return false;
}

export function isCardVisible(host: HTMLElement, card: HTMLElement): boolean {
  if (!host.isConnected) return false;
  for (let el: Element | null = host; el; el = el.parentElement) if (styleHides(el, el === host)) return false;
  for (const pseudo of GENERATED) {
    const content = getComputedStyle(host, pseudo).content;
    if (content !== 'none' && content !== 'normal') return false;
  }
  const r = card.getBoundingClientRect();
  if (r.width < 40 || r.height < 20 || r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) return false;
  const points: [number, number][] = [
    [r.left + r.width / 2, r.top + r.height / 2], [r.left + 4, r.top + 4], [r.right - 4, r.top + 4],
    [r.left + 4, r.bottom - 4], [r.right - 4, r.bottom - 4],
  ];
  return points.every(([x, y]) => document.elementFromPoint(x, y) === host);
}

/** Did a click land on our card, as rendered — not on a decoy over it, nor through a see-through card? */
export const clickReachedCard = (host: HTMLElement, card: HTMLElement, e: MouseEvent): boolean =>
  isCardVisible(host, card) && (e.detail === 0 || document.elementFromPoint(e.clientX, e.clientY) === host);
