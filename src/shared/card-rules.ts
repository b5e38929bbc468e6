/**
 * When the on-page origin card may appear, and what its buttons do. Quiet by design: at most once per
 * tool per day; a snooze (a week) or "never for this tool" holds until the registry's facts about the
 * tool change (country, vendor, parent, models), so users hear again only when there is news.
 */
import type { ToolBrief } from '../registry/brief';
import type { Tool } from '../registry/types';
import { isDomestic } from '../registry/types';
import { isObj, isToolId } from './guards';
import type { Settings } from './settings';

/**
 * What the card reports: 'shown' once it was really visible (only then is it "shown today"); 'open' an
 * alternative (`to`), counted as a switch; 'settings' opens the report's settings, where a choice that
 * affects every tool ("no cards anywhere") is confirmed outside the page — a page could trick a click.
 */
export type CardAction = 'shown' | 'close' | 'snooze' | 'never' | 'open' | 'settings';
export const CARD_ACTIONS: readonly CardAction[] = ['shown', 'close', 'snooze', 'never', 'open', 'settings'];
export const SNOOZE_MS = 7 * 24 * 3600_000;

export interface ToolCardState {
  /** Local day the card was last shown. */
  lastShown?: string;
  snoozedUntil?: number;
  never?: boolean;
  /** The facts the user saw when snoozing or choosing never. */
  facts?: string;
}
export type CardState = Record<string, ToolCardState>;

/** A fingerprint of the facts a card shows; a change re-opens snoozed and "never" tools. */
export const factsOf = (tool: ToolBrief): string =>
  JSON.stringify([tool.vendor, tool.country, tool.parent ?? null, tool.legalCountry ?? null, tool.models ?? []]);

export function shouldShowCard(tool: ToolBrief, settings: Settings, state: ToolCardState | undefined, today: string, now: number): boolean {
  if (settings.noticeMode !== 'card' || tool.status || (isDomestic(tool) && !settings.domesticCard)) return false;
  if (!state) return true;
  if (state.lastShown === today) return false;
  const factsChanged = state.facts !== undefined && state.facts !== factsOf(tool);
  if (state.never && !factsChanged) return false;
  if (state.snoozedUntil !== undefined && now < state.snoozedUntil && !factsChanged) return false;
  return true;
}

/** The tool's card state after an action ('shown', 'open' and 'settings' are handled by the caller). */
export function applyCardAction(tool: Tool, state: ToolCardState | undefined, action: CardAction, now: number): ToolCardState {
  const base: ToolCardState = { ...state };
  if (action === 'snooze') return { ...base, snoozedUntil: now + SNOOZE_MS, never: false, facts: factsOf(tool) };
  if (action === 'never') return { ...base, never: true, facts: factsOf(tool) };
  return base;
}

/** Reads stored card state defensively (hand-edited storage must not break the page). */
export function parseCardState(raw: unknown): CardState {
  const out: CardState = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [id, v] of Object.entries(raw)) {
    if (!isToolId(id) || !isObj(v)) continue;
    const s = v as Record<string, unknown>;
    out[id] = {
      ...(typeof s.lastShown === 'string' ? { lastShown: s.lastShown } : {}),
      ...(Number.isFinite(s.snoozedUntil) ? { snoozedUntil: s.snoozedUntil as number } : {}),
      ...(s.never === true ? { never: true } : {}),
      ...(typeof s.facts === 'string' ? { facts: s.facts } : {}),
    };
  }
  return out;
}
