/** What the popup shows for one tab, computed by the background in one reply. */
import type { MineView } from './personal-messages';
import type { AlternativeView, ToolView } from './tool-view';
import type { WeekSummary } from './week-summary';

export type PageKind = 'tool' | 'web' | 'browser';

/** Name and origin of any tool id that appears in a summary. */
export interface ToolLabel {
  name: ToolView['name'];
  country: string;
  domestic: boolean;
  /** Where her input goes, from the service's disclosure: only at home, also abroad, or not known. */
  input?: InputFlow;
  /** Her own entry, or a tool whose facts she corrected: marked as hers wherever it is shown. */
  mine?: 'entry' | 'correction';
}
export type InputFlow = 'home' | 'abroad';

export interface WeekPair { current: WeekSummary; previous: WeekSummary }

export interface PopupView {
  /** The address this view describes (null: no tab, or one whose address we may not see). */
  url: string | null;
  /** 'tool': an AI tool we know; 'web': an ordinary site (or one we may not see); 'browser': chrome://, about:… */
  kind: PageKind;
  tool: ToolView | null;
  alternatives: AlternativeView[];
  /** The tool is an automation or marketing tool: whether an alternative can be connected decides a switch. */
  integrationsMatter: boolean;
  week: WeekPair;
  labels: Record<string, ToolLabel>;
  paused: boolean;
  /** The current tool is excluded from counting by the user. */
  excluded: boolean;
  /** Every excluded tool id (the popup's menu edits this list). */
  excludedIds: string[];
  /** YYYY-MM-DD of the signed registry update this tool's facts came from (absent: the bundled registry). */
  updatedOn?: string;
  /** Her own registry on this tab: her entry, her correction, her "not AI" mark, or a site she may add. */
  mine: MineView;
}
