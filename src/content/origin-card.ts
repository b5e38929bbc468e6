/**
 * The on-page origin card, lower right: "🇨🇳 중국 / 클링 AI · Kuaishou / 국산 대안: 브루, 캐럿".
 * Lives in a CLOSED shadow root on a fixed-position host shown in the top layer (a manual popover), so page
 * CSS cannot reach in and page stacking cannot bury it; text is inserted as text, never as HTML. It counts
 * as shown only once it was really visible (card-visibility.ts); a page that removes it gets it back (a
 * few times). Only trusted clicks that reached the visible card count. Choices that change every tool
 * are not made here: "⋯ → 카드 끄기" opens the extension's settings, where the page cannot click for her.
 */
import type { CardAction } from '../shared/card-rules';
import type { CardContent } from '../shared/messages';
import { clickReachedCard, isCardVisible } from './card-visibility';
import { currentPlatform, hangulFontStack } from './hangul-font';

const VISIBLE_MS = 8_000;
const MAX_REATTACH = 3;

// Inline !important beats any author stylesheet rule, even an !important one, so the page cannot
// hide or move the host by CSS alone. Lower right: sites rarely put controls there.
const HOST_STYLE = 'all:initial!important;position:fixed!important;bottom:24px!important;right:24px!important;' +
  'top:auto!important;left:auto!important;margin:0!important;padding:0!important;border:0!important;' +
  'background:transparent!important;overflow:visible!important;z-index:2147483647!important;display:block!important;' +
  'contain:layout style!important;';

// Hangul fonts lead, this platform's own first (hangul-font.ts): the card is mostly Korean, and going
// through system-ui (no Hangul on Windows or Linux) to a per-glyph fallback cost ~1.3 ms more layout on
// the page's main thread (issue 19).
// One weight only: on a page that has not used Hangul yet, each face of the Korean font is loaded during
// the card's layout, and a bold face cost ~0.4–1.2 ms more of it (issue 19). Emphasis is a thin text stroke,
// drawn with the regular face.
const cardCss = (fonts: string) => `
.card{font:14px/1.45 ${fonts};width:300px;
 word-break:keep-all;overflow-wrap:anywhere;background:#fff;color:#1b1f24;border:1px solid #d0d7de;border-radius:12px;
 box-shadow:0 6px 24px #0003;padding:12px 14px}
.top{display:flex;gap:8px;align-items:center}.flag{font-size:22px;line-height:1}.flag-box{display:flex;flex:none}.flag-box svg{width:27px;height:18px;border-radius:2px;box-shadow:0 0 0 1px #0002}.country{font-size:17px;flex:1;-webkit-text-stroke:.5px currentColor}
.foreign .country{color:#b33f00}.domestic .country{color:#0047a0}.title{margin:2px 0 0}.title,button.main,button.link{-webkit-text-stroke:.3px currentColor}
.note{margin:6px 0 0;color:#57606a}.alts{margin:2px 0 0;padding:0;list-style:none}.alts li{margin:4px 0 0}
.alts .detail{display:block;color:#57606a;font-size:12px}
.row{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}.menu{display:grid;gap:4px;margin-top:6px}
button{font:inherit;font-size:12px;border:1px solid #d0d7de;background:#f6f8fa;color:inherit;border-radius:8px;padding:3px 8px;cursor:pointer;text-align:left}
button.main{background:#0047a0;border-color:#0047a0;color:#fff}
button.link{border:0;background:none;padding:0;color:#0047a0;font-size:14px;text-decoration:underline}
button.x{border:0;background:none;font-size:16px;padding:0 4px}
button:focus-visible{outline:2px solid #0047a0;outline-offset:2px}
@media (prefers-color-scheme:dark){.card{background:#16191d;color:#e6edf3;border-color:#30363d}.note,.alts .detail{color:#9da7b3}
 .foreign .country{color:#ff9a66}.domestic .country,button.link{color:#6ea8ff}
 button{background:#22272e;border-color:#30363d}button.main{background:#6ea8ff;border-color:#6ea8ff;color:#0b1a2e}button:focus-visible{outline-color:#6ea8ff}}
.hidden{display:none!important}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  node.textContent = text;
  return node;
}

/**
 * The bundled SVG flag (the worker read our own file; flag emoji are letter pairs on Windows), else the
 * emoji. Parsed as XML, never as HTML, inside an XHTML <div> that is the only node we touch: the SVG
 * elements never get script wrappers, which made the first SVG on the page cost ~0.4 ms more (issue 19).
 * Only a lone plain <svg> is drawn: no scripts, foreign content, links to javascript: or parse errors.
 */
const FLAG_BOX = '<div xmlns="http://www.w3.org/1999/xhtml" class="flag-box" aria-hidden="true">';
const NOT_A_PLAIN_FLAG = ':scope > :not(svg), script, foreignObject, [href^="javascript"], parsererror';

function flagNode(content: CardContent): Element {
  if (content.flagSvg) {
    const box = new DOMParser().parseFromString(`${FLAG_BOX}${content.flagSvg}</div>`, 'application/xhtml+xml').documentElement;
    if (box.localName === 'div' && box.childElementCount === 1 && !box.querySelector(NOT_A_PLAIN_FLAG)) return document.importNode(box, true);
  }
  const emoji = el('span', 'flag', content.flag);
  emoji.setAttribute('aria-hidden', 'true');
  return emoji;
}

export type CardReport = (action: CardAction, to?: string) => void;
type Action = [HTMLButtonElement, CardAction, string?];

/** The alternatives as links (each an 'open' action) and the "대안 보기" toggle that unfolds why each fits. */
function appendAlternatives(content: CardContent, card: HTMLElement, actions: Action[], reached: (e: MouseEvent) => boolean): HTMLButtonElement {
  const list = el('ul', 'alts');
  const details: HTMLElement[] = [];
  for (const alt of content.alternatives) {
    const li = el('li', '');
    const link = el('button', 'link', alt.name);
    link.setAttribute('aria-label', alt.openLabel);
    const detail = el('span', 'detail hidden', alt.detail);
    details.push(detail);
    li.append(link, detail);
    list.append(li);
    actions.push([link, 'open', alt.id]);
  }
  const { showAlternatives, hideAlternatives } = content.labels;
  const more = el('button', 'main', showAlternatives);
  more.setAttribute('aria-expanded', 'false');
  more.addEventListener('click', (e) => {
    if (!e.isTrusted || !reached(e)) return;
    const open = more.getAttribute('aria-expanded') !== 'true';
    for (const d of details) d.classList.toggle('hidden', !open);
    more.setAttribute('aria-expanded', String(open));
    more.textContent = open ? hideAlternatives : showAlternatives;
  });
  card.append(list);
  return more;
}

/** Shows the card; `report` gets 'shown' once it was visible, and each trusted press. Returns a remover. */
export function showOriginCard(content: CardContent, report: CardReport): () => void {
  const host = document.createElement('ai-origin-card');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = el('style', '', cardCss(hangulFontStack(currentPlatform())));
  const card = el('div', `card ${content.foreign ? 'foreign' : 'domestic'}`);
  card.setAttribute('role', 'region');
  const { labels } = content;
  card.setAttribute('aria-label', labels.region);
  const flag = flagNode(content);
  const close = el('button', 'x', '×');
  close.setAttribute('aria-label', labels.close);
  const top = el('div', 'top');
  top.append(flag, el('span', 'country', content.country), close);
  card.append(top, el('p', 'title', content.title), el('p', 'note', content.note));

  const actions: Action[] = [[close, 'close']];
  const primary = content.alternatives.length ? appendAlternatives(content, card, actions, (e) => clickReachedCard(host, card, e)) : null;

  const menuButton = el('button', '', '⋯');
  menuButton.setAttribute('aria-label', labels.more);
  menuButton.setAttribute('aria-expanded', 'false');
  const menu = el('div', 'menu hidden');
  for (const [text, action] of [[labels.snooze, 'snooze'], [labels.never, 'never'], [labels.settings, 'settings']] as const) {
    const b = el('button', '', text);
    menu.append(b);
    actions.push([b, action]);
  }
  menuButton.addEventListener('click', (e) => {
    if (!e.isTrusted || !clickReachedCard(host, card, e)) return;
    const open = menu.classList.toggle('hidden') === false;
    menuButton.setAttribute('aria-expanded', String(open));
  });
  const row = el('div', 'row');
  row.append(...(primary ? [primary] : []), menuButton);
  card.append(row, menu);
  root.append(style, card);

  let removed = false;
  let timer = 0;
  let reattached = 0;
  let hovered = false;
  let focused = false;
  const remove = () => {
    removed = true;
    clearTimeout(timer);
    clearInterval(watch);
    observer.disconnect();
    host.remove();
  };
  for (const [button, action, to] of actions) {
    button.addEventListener('click', (e) => {
      if (!e.isTrusted || !clickReachedCard(host, card, e)) return;
      if (action !== 'settings') remove();
      report(action, to);
    });
  }
  // Hide after a while unless the user is looking at it (hover) or using it (focus): either one holds it.
  const schedule = () => {
    clearTimeout(timer);
    if (!hovered && !focused) timer = window.setTimeout(remove, VISIBLE_MS);
  };
  const hold = (set: () => void) => () => (set(), schedule());
  card.addEventListener('mouseenter', hold(() => (hovered = true)));
  card.addEventListener('mouseleave', hold(() => (hovered = false)));
  card.addEventListener('focusin', hold(() => (focused = true)));
  card.addEventListener('focusout', hold(() => (focused = card.matches(':focus-within'))));

  const attach = () => {
    document.documentElement.append(host);
    // The top layer keeps it above the page's own stacking; browsers without popovers still get z-index.
    try {
      host.popover = 'manual';
      host.showPopover();
    } catch { /* not supported, or the page interfered: the visibility check decides */ }
  };
  // A page script rewriting the host's style gets it put back; one that removes the host gets it re-added.
  const observer = new MutationObserver(() => {
    if (removed) return;
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (!host.isConnected && reattached++ < MAX_REATTACH) attach();
  });
  observer.observe(host, { attributes: true, attributeFilter: ['style', 'class', 'hidden', 'popover'] });
  observer.observe(document.documentElement, { childList: true });
  attach();
  schedule();
  // 'shown' only once it was really visible; checked again while it is up. It appears without a slide-in:
  // ~12 animated frames cost the page ~4 ms of main-thread time, as much as the rest of the card (issue 19).
  const watch = window.setInterval(() => {
    if (removed) return;
    if (isCardVisible(host, card)) {
      clearInterval(watch);
      report('shown');
    }
  }, 100);
  return remove;
}
