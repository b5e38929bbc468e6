/** What the popup shows for the current tab, computed by the background in one reply. */
import type { ToolView } from './tool-view';

export type PageKind = 'tool' | 'web' | 'browser';

export interface PopupView {
  /** 'tool': an AI tool we know; 'web': an ordinary site; 'browser': chrome://, about:, new tab, store... */
  kind: PageKind;
  tool: ToolView | null;
  alternatives: ToolView[];
}
