import { afterEach, describe, expect, it, vi } from 'vitest';
import { showOriginCard } from '../../src/content/origin-card';

const content = { flag: '🇺🇸', title: 'ChatGPT · OpenAI · 미국', alternatives: '국산 대안: 뤼튼, 클로바X' };

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

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelectorAll('ai-origin-card').forEach((n) => n.remove());
});

describe('on-page origin card', () => {
  it('shows the origin and the alternatives as text inside a closed shadow root', () => {
    const roots = capture();
    showOriginCard(content, () => undefined);
    const host = document.querySelector('ai-origin-card')!;
    expect(host.shadowRoot).toBeNull(); // the page cannot read it
    expect(roots[0]!.textContent).toContain('ChatGPT · OpenAI · 미국');
    expect(roots[0]!.textContent).toContain('국산 대안: 뤼튼, 클로바X');
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

  it('puts its position back when a page script rewrites it', async () => {
    showOriginCard(content, () => undefined);
    const host = document.querySelector('ai-origin-card') as HTMLElement;
    const style = host.getAttribute('style');
    host.setAttribute('style', 'display:none');
    await new Promise((r) => setTimeout(r, 0)); // mutation observers run as a microtask
    expect(host.getAttribute('style')).toBe(style);
  });

  it('hides itself after a few seconds unless hovered', () => {
    vi.useFakeTimers();
    const roots = capture();
    showOriginCard(content, () => undefined);
    roots[0]!.querySelector('.card')!.dispatchEvent(new MouseEvent('mouseenter'));
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('ai-origin-card')).not.toBeNull();
    roots[0]!.querySelector('.card')!.dispatchEvent(new MouseEvent('mouseleave'));
    vi.advanceTimersByTime(20_000);
    expect(document.querySelector('ai-origin-card')).toBeNull();
    vi.useRealTimers();
  });
});
