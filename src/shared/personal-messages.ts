/**
 * The part of the protocol (messages.ts) for her own registry: the popup's add / remove / correct /
 * "not AI" controls and the report's list of supported tools. Merged into `Protocol` there.
 */
import type { Category } from '../registry/types';
import { isToolIdText, type Correction, type MyEntry } from './personal';
import type { ToolView } from './tool-view';

/** What the popup needs to offer her controls for the current tab (part of the `popup:view` reply). */
export interface MineView {
  /** The site's host (without www.) when the tab is an http(s) page, else null. */
  host: string | null;
  /** The registry's own entry for this page (before her layer), if any. */
  registry: ToolView | null;
  notAi: boolean;
  entry: MyEntry | null;
  correction: Correction | null;
  /** Her entry's site is permitted (so it is counted). */
  granted: boolean;
}

/** One row of the report's supported-tools list. */
export interface ListedTool {
  id: string;
  name: { ko: string; en: string };
  vendor: string;
  country: string;
  domestic: boolean;
  category: Category;
  hosts: string[];
  mine: boolean;
  corrected: boolean;
  notAi: boolean;
}

export interface PersonalProtocol {
  /** Saves her entry (validated again by the worker); `waiting`: its site still needs her permission. */
  'mine:add': { from: 'extension'; request: { entry: unknown }; response: { id: string; waiting: boolean } };
  'mine:remove': { from: 'extension'; request: { id: string }; response: { removed: boolean } };
  /** Her correction of a registry tool (null: back to the registry's facts). */
  'mine:correct': { from: 'extension'; request: { toolId: string; correction: unknown }; response: { saved: boolean } };
  'mine:not-ai': { from: 'extension'; request: { toolId: string; notAi: boolean }; response: { saved: boolean } };
  /** After a permission was granted: register the content script where it now may run. */
  'mine:sync': { from: 'extension'; request: Record<string, never>; response: { waiting: string[] } };
  'registry:list': { from: 'extension'; request: Record<string, never>; response: { tools: ListedTool[] } };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const empty = (p: unknown): Record<string, never> | null => (isObj(p) ? {} : null);

export const personalValidators = {
  // The entry itself is parsed by the worker (parseEntry), which trusts nothing.
  'mine:add': { from: 'extension' as const, check: (p: unknown) => (isObj(p) && isObj(p.entry) ? { entry: p.entry } : null) },
  'mine:remove': { from: 'extension' as const, check: (p: unknown) => (isObj(p) && isToolIdText(p.id) ? { id: p.id } : null) },
  'mine:correct': {
    from: 'extension' as const,
    check: (p: unknown) => (isObj(p) && isToolIdText(p.toolId) && (p.correction === null || isObj(p.correction)) ? { toolId: p.toolId, correction: p.correction } : null),
  },
  'mine:not-ai': {
    from: 'extension' as const,
    check: (p: unknown) => (isObj(p) && isToolIdText(p.toolId) && typeof p.notAi === 'boolean' ? { toolId: p.toolId, notAi: p.notAi } : null),
  },
  'mine:sync': { from: 'extension' as const, check: empty },
  'registry:list': { from: 'extension' as const, check: empty },
};
