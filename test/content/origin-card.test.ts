/** The on-page card's own behaviour in jsdom; what a hostile page can do to it is tested in real Chromium (card.e2e.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showOriginCard as realShow } from '../../src/content/origin-card';
import type { CardContent } from '../../src/shared/messages';

const content: CardContent = {
  flag: '🇺🇸', country: '미국', foreign: true, title: '챗GPT · OpenAI', note: '국산 대안',
  alternatives: [
    { id: 'wrtn', name: '뤼튼', detail: '무료 · 해외 모델', openLabel: '뤼튼 새 탭에서 열기' },
    { id: 'liner', name: '라이너', detail: 'AI 검색', openLabel: '라이너 새 탭에서 열기' },
  ],
  labels: {
    region: 'AI 원산지 안내', close: '닫기', more: '더 보기', showAlternatives: '대안 보기', hideAlternatives: '대안 접기',
    snooze: '일주일 동안 보지 않기', never: '이 도구는 다시 보지 않기', settings: '모든 사이트에서 카드 끄기…',
  },
};

function capture() {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

// Each card puts itself back when a page removes it, so tests take cards down through their own remover.
const removers: (() => void)[] = [];
const showOriginCard = (...args: Parameters<typeof realShow>) => removers.push(realShow(...args));

afterEach(() => {
  removers.splice(0).forEach((remove) => remove());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('on-page origin card', () => {
  it('leads with the country, names the alternatives as links, inside a closed shadow root', () => {
    const roots = capture();
    showOriginCard(content, () => undefined);
    const host = document.querySelector('ai-origin-card')!;
    expect(host.shadowRoot).toBeNull(); // the page cannot read it
    const root = roots[0]!;
    expect(root.querySelector('.country')!.textContent).toBe('미국');
    expect(root.querySelector('.title')!.textContent).toBe('챗GPT · OpenAI');
    expect([...root.querySelectorAll('.alts button')].map((b) => b.textContent)).toEqual(['뤼튼', '라이너']);
    // "대안 보기" is the main action; the mute choices sit behind "⋯".
    const row = [...root.querySelectorAll('.row button')].map((b) => b.textContent);
    expect(row).toEqual(['대안 보기', '⋯']);
    // Its words are the ones the worker sent (her language), not the page's own catalogue look-up.
    expect(root.querySelector('.card')!.getAttribute('aria-label')).toBe('AI 원산지 안내');
    expect(root.querySelector('.alts button')!.getAttribute('aria-label')).toBe('뤼튼 새 탭에서 열기');
    expect(root.querySelector('button[aria-label="닫기"]')).not.toBeNull();
    expect(root.querySelector('.menu')!.classList.contains('hidden')).toBe(true);
  });

  it("names this platform's Hangul font first in its own style (a missing family costs the page a font lookup)", () => {
    const roots = capture();
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Win32');
    showOriginCard(content, () => undefined);
    const css = roots[0]!.querySelector('style')!.textContent!;
    expect(css).toContain('.card{font:14px/1.45 "Malgun Gothic","Apple SD Gothic Neo","Noto Sans CJK KR",system-ui,sans-serif;');
  });

  it('offers no "badge only" switch for every tool on the page itself', () => {
    const roots = capture();
    showOriginCard(content, () => undefined);
    const labels = [...roots[0]!.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['×', '뤼튼', '라이너', '대안 보기', '⋯', '일주일 동안 보지 않기', '이 도구는 다시 보지 않기', '모든 사이트에서 카드 끄기…']);
    // "모든 사이트에서 카드 끄기…" opens the extension's own settings instead of switching here.
  });

  it('inserts registry text as text, never as HTML', () => {
    const roots = capture();
    showOriginCard({ ...content, title: '<img src=x onerror=alert(1)>' }, () => undefined);
    expect(roots[0]!.querySelector('img')).toBeNull();
    expect(roots[0]!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('ignores synthetic clicks a page script could make', () => {
    const roots = capture();
    const act = vi.fn();
    showOriginCard(content, act);
    for (const button of roots[0]!.querySelectorAll('button')) button.click();
    expect(act).not.toHaveBeenCalled();
    expect(document.querySelector('ai-origin-card')).not.toBeNull();
  });

  it('puts its position back when a page script rewrites it, and comes back when removed', async () => {
    showOriginCard(content, () => undefined);
    const host = document.querySelector('ai-origin-card') as HTMLElement;
    const style = host.getAttribute('style');
    host.setAttribute('style', 'display:none');
    await new Promise((r) => setTimeout(r, 0)); // mutation observers run as a microtask
    expect(host.getAttribute('style')).toBe(style);
    host.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(host.isConnected).toBe(true);
  });

  it('stays while hovered or focused, whatever order the events come in', () => {
    vi.useFakeTimers();
    const roots = capture();
    const report = vi.fn();
    showOriginCard(content, report);
    const card = roots[0]!.querySelector('.card')!;
    // Laid out and on top, as in a browser (jsdom lays nothing out): the visibility check's first tick
    // says "shown" and stops, rather than re-checking in jsdom every 100 ms of the minute below.
    vi.spyOn(card, 'getBoundingClientRect').mockReturnValue(new DOMRect(16, 16, 320, 140));
    const host = document.querySelector('ai-origin-card');
    Object.defineProperty(document, 'elementFromPoint', { value: () => host, configurable: true });
    try {
      vi.advanceTimersByTime(100);
    } finally {
      delete (document as { elementFromPoint?: unknown }).elementFromPoint;
    }
    expect(report).toHaveBeenCalledWith('shown');
    card.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('ai-origin-card')).not.toBeNull();
    // mouse-leave → focus-out → mouse-enter used to leave a timer running while hovered.
    card.dispatchEvent(new MouseEvent('mouseleave'));
    card.dispatchEvent(new FocusEvent('focusout'));
    card.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('ai-origin-card')).not.toBeNull();
    card.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('ai-origin-card')).toBeNull();
  });

  it('does not report itself shown while it cannot be seen', () => {
    vi.useFakeTimers();
    const report = vi.fn();
    showOriginCard(content, report);
    // jsdom lays nothing out: the card has no size, so it is never "really visible" here.
    vi.advanceTimersByTime(5_000);
    expect(report).not.toHaveBeenCalledWith('shown');
  });

  it('draws the bundled SVG flag, and refuses markup that is not a lone plain SVG', () => {
    const roots = capture();
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 2">${inner}</svg>`;
    showOriginCard({ ...content, flagSvg: svg('<path fill="#fff" d="M0 0h3v2H0z"/>') }, () => undefined);
    const drawn = roots[0]!.querySelector('.flag-box > svg')!;
    expect(drawn.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(drawn.querySelector('path')!.getAttribute('d')).toBe('M0 0h3v2H0z');
    const refused = [
      svg('<script>alert(1)</script>'),
      svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
      svg('<a href="javascript:alert(1)"><path d="M0 0"/></a>'),
      `${svg('')}<img xmlns="http://www.w3.org/1999/xhtml" src="x"/>`,
      '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0">', // not well-formed
      '</div><div xmlns="http://www.w3.org/1999/xhtml">',
    ];
    for (const [i, flagSvg] of refused.entries()) {
      showOriginCard({ ...content, flagSvg }, () => undefined);
      expect(roots[i + 1]!.querySelector('svg, script, img, foreignObject'), flagSvg).toBeNull();
      expect(roots[i + 1]!.querySelector('.flag')!.textContent).toBe('🇺🇸');
    }
  });
});
