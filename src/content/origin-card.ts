/**
 * The on-page origin card: "🇺🇸 ChatGPT · OpenAI · 미국 — 국산 대안: 뤼튼, 클로바X".
 * Lives in a CLOSED shadow root on a fixed-position host (no layout shift; page CSS cannot reach in,
 * page scripts cannot read it or click it — only trusted clicks count). Text is inserted as text, never
 * as HTML. It hides itself after a few seconds unless hovered or focused.
 */
import type { CardAction } from '../shared/card-rules';
import type { CardContent } from '../shared/messages';
import { message } from './messenger';

const VISIBLE_MS = 8_000;

// Inline !important beats any author stylesheet rule, even an !important one, so the page cannot
// hide or move the host by CSS alone.
const HOST_STYLE = 'all:initial!important;position:fixed!important;top:16px!important;right:16px!important;' +
  'z-index:2147483647!important;display:block!important;contain:layout style!important;';

const CSS = `
.card{font:14px/1.45 system-ui,"Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR",sans-serif;max-width:320px;
 background:#fff;color:#1b1f24;border:1px solid #d0d7de;border-radius:12px;box-shadow:0 6px 24px #0003;padding:12px 14px;
 animation:in .2s ease-out}
.top{display:flex;gap:8px;align-items:flex-start}.flag{font-size:20px}.title{font-weight:600;flex:1}
.alt{margin:6px 0 8px;color:#57606a}.row{display:flex;flex-wrap:wrap;gap:6px}
button{font:inherit;font-size:12px;border:1px solid #d0d7de;background:#f6f8fa;color:inherit;border-radius:8px;padding:3px 8px;cursor:pointer}
button.x{border:0;background:none;font-size:16px;padding:0 4px}
button:focus-visible{outline:2px solid #0047a0;outline-offset:2px}
@keyframes in{from{opacity:0;transform:translateY(-6px)}}
@media (prefers-color-scheme:dark){.card{background:#16191d;color:#e6edf3;border-color:#30363d}.alt{color:#9da7b3}
 button{background:#22272e;border-color:#30363d}button:focus-visible{outline-color:#6ea8ff}}
@media (prefers-reduced-motion:reduce){.card{animation:none}}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  node.textContent = text;
  return node;
}

/** Shows the card; `act` is called for a trusted press of one of its buttons. Returns a remover. */
export function showOriginCard(content: CardContent, act: (action: CardAction) => void): () => void {
  const host = document.createElement('ai-origin-card');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const card = el('div', 'card');
  card.setAttribute('role', 'region');
  card.setAttribute('aria-label', message('cardLabel'));
  const top = el('div', 'top');
  const flag = el('span', 'flag', content.flag);
  flag.setAttribute('aria-hidden', 'true');
  const close = el('button', 'x', '×');
  close.setAttribute('aria-label', message('cardClose'));
  top.append(flag, el('span', 'title', content.title), close);
  const row = el('div', 'row');
  const buttons: [HTMLButtonElement, CardAction][] = [[close, 'close']];
  for (const [key, action] of [['cardNever', 'never'], ['cardSnooze', 'snooze'], ['cardBadgeOnly', 'badge-only']] as const) {
    const button = el('button', '', message(key));
    row.append(button);
    buttons.push([button, action]);
  }
  card.append(top, ...(content.alternatives ? [el('div', 'alt', content.alternatives)] : []), row);
  root.append(style, card);

  const remove = () => {
    clearTimeout(timer);
    observer.disconnect();
    host.remove();
  };
  for (const [button, action] of buttons) {
    button.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      remove();
      act(action);
    });
  }
  // Hide after a while, unless the user is looking at it (hover) or using it (focus).
  let timer = setTimeout(remove, VISIBLE_MS);
  const hold = () => clearTimeout(timer);
  const release = () => (timer = setTimeout(remove, VISIBLE_MS));
  card.addEventListener('mouseenter', hold);
  card.addEventListener('mouseleave', release);
  card.addEventListener('focusin', hold);
  card.addEventListener('focusout', release);
  // A page script rewriting the host's style gets it put back.
  const observer = new MutationObserver(() => host.getAttribute('style') !== HOST_STYLE && host.setAttribute('style', HOST_STYLE));
  observer.observe(host, { attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
  document.documentElement.append(host);
  return remove;
}
