/**
 * Builds PopupViews the way the background does (real registry, real week maths) and renders the popup
 * into a div with preact's own render; @testing-library is not installed.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { labelsFor, toolMeta } from '../../src/background/tool-meta';
import { needsIntegrations } from '../../src/registry/alternatives';
import { alternativesFor } from '../../src/registry/alternatives-in-use';
import { toolById } from '../../src/registry/registry';
import { App } from '../../src/popup/components/app';
import { popupStore, type PopupState } from '../../src/popup/store';
import type { MineView } from '../../src/shared/personal-messages';
import type { PageKind, PopupView } from '../../src/shared/popup-view';
import { toAlternativeView, toToolView } from '../../src/shared/tool-view';
import type { DayBucket } from '../../src/shared/usage';
import { summarizeWeek } from '../../src/shared/week-summary';
import { fake, fakeTabsCreated } from '../support/fake-browser';

export const MIN = 60_000;
/** A fixed Monday-start pair of weeks, so tests never depend on today's date. */
export const THIS_WEEK = '2026-11-23';
export const LAST_WEEK = '2026-11-16';

/** This week 45 min ChatGPT + 15 min CLOVA X (25 % domestic); last week 30 + 30 (50 %). */
export const SEEDED: Record<string, DayBucket> = {
  '2026-11-24': { chatgpt: { activeMs: 45 * MIN, visits: 6 }, 'clova-x': { activeMs: 15 * MIN, visits: 2 } },
  '2026-11-17': { chatgpt: { activeMs: 30 * MIN, visits: 3 }, 'clova-x': { activeMs: 30 * MIN, visits: 3 } },
};

interface ViewOptions { url?: string | null; kind?: PageKind; days?: Record<string, DayBucket>; paused?: boolean; excluded?: boolean; mine?: Partial<MineView> }

export function viewFor(toolId: string | null, { url, kind, days = SEEDED, paused = false, excluded = false, mine = {} }: ViewOptions = {}): PopupView {
  const tool = toolId ? toolById(toolId) : null;
  if (toolId && !tool) throw new Error(`no tool ${toolId} in the registry`);
  const current = summarizeWeek(days, THIS_WEEK, toolMeta);
  const previous = summarizeWeek(days, LAST_WEEK, toolMeta);
  const host = tool ? tool.hosts[0]! : kind === 'browser' ? null : 'example.org';
  return {
    // The address the worker looked up: the fake browser's active tab is https://chatgpt.com/ unless a test moves it.
    url: url !== undefined ? url : host ? `https://${host}/` : null,
    kind: kind ?? (tool ? 'tool' : 'web'),
    tool: tool ? toToolView(tool) : null,
    alternatives: tool ? alternativesFor(tool).map((alt) => toAlternativeView(tool, alt)) : [],
    integrationsMatter: tool ? needsIntegrations(tool) : false,
    week: { current, previous },
    labels: labelsFor([current, previous]),
    paused,
    excluded,
    excludedIds: excluded && toolId ? [toolId] : [],
    // What the worker says about her own registry on this tab (a registry tool, or a site she may add).
    mine: {
      host,
      registry: tool ? toToolView(tool) : null, notAi: false, entry: null, correction: null, granted: false, ...mine,
    },
  };
}

let container: HTMLElement | null = null;

/** Renders the whole popup in the given state; returns its root element. */
export function renderPopup(state: PopupState): HTMLElement {
  unmount();
  popupStore.setState({ state });
  container = document.body.appendChild(document.createElement('main'));
  act(() => render(<App />, container!));
  return container;
}

export const renderView = (view: PopupView): HTMLElement => renderPopup({ status: 'ready', view });

function unmount(): void {
  if (!container) return;
  act(() => render(null, container!));
  container.remove();
  container = null;
}

/** After each test: unmount (the fake browser itself is reset for every test by test/support/setup.ts). */
export function cleanup(): void {
  unmount();
}

/** The visible text with whitespace collapsed (what a reader sees, roughly). */
export const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The facts list as { term: description } (textContent alone runs terms and values together). */
export function factsOf(root: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of root.querySelectorAll('.facts dt')) out[textOf(dt)] = textOf(dt.nextElementSibling!);
  return out;
}

/** Clicks inside act() and lets promise chains (send → tabs.create) settle. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}

export const button = (root: Element, name: string): HTMLButtonElement | undefined =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? textOf(b)) === name);
