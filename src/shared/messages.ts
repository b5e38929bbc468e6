/**
 * THE message protocol: one map from message name to who may send it, its request and its response.
 * `send()` (callers) and the background's handler object are both typed from this map, so they cannot
 * drift; the background also validates every payload at run time, because a web page can talk to a
 * content script and nothing that arrives is trusted.
 */
import { isObj } from './guards';
import type { CardAction } from './card-rules';
import type { PersonalProtocol } from './personal-messages';
import type { ExportFile } from './export-format';
import type { PopupView } from './popup-view';
import type { ImportResult, ReportData } from './report-types';
import { checkSegment, MAX_SEGMENTS, segmentIdOf, type SegmentReport } from './segment-report';
import type { Settings } from './settings';

/** Where a message may come from: our content script in a web page, or one of our extension pages. */
export type Origin = 'content' | 'extension';

/** Her own registry's messages live in personal-messages.ts. */
export interface Protocol extends PersonalProtocol {
  /** The content script is on a registry host (page load or SPA navigation). Counts one visit per visitId. */
  'page:hello': {
    from: 'content';
    request: { url: string; visitId: string };
    response: { idleMs: number; card: CardContent | null };
  };
  /** A button on the on-page card was pressed (a trusted click inside its closed shadow root). */
  'card:action': { from: 'content'; request: { url: string; action: CardAction; to?: string }; response: { done: boolean } };
  /**
   * Active-time segments (cumulative: the same id may come again with a later end). Checked one by one:
   * the reply acknowledges every segment handled — counted, or dropped as unusable — so one bad segment
   * never holds back the others. `dropped` is filled in by the worker's check, never by the sender.
   */
  'activity:segments': { from: 'content'; request: { segments: SegmentReport[]; dropped?: string[] }; response: { acked: string[] } };
  /**
   * Everything the popup shows for one tab: the active tab of the focused window (looked up by the worker),
   * or the tab at `url` (null: a tab whose address we may not see).
   */
  'popup:view': { from: 'extension'; request: { tab: 'active' } | { url: string | null }; response: PopupView };
  /** The user opened a Korean alternative from a foreign tool ("switch", counted locally). */
  'popup:switch': { from: 'extension'; request: { from: string; to: string }; response: { recorded: boolean } };
  /** Everything the report page shows. */
  'report:data': { from: 'extension'; request: Record<string, never>; response: ReportData };
  'settings:update': { from: 'extension'; request: { patch: Partial<Settings> }; response: Settings };
  /** The whole export file (JSON, versioned). */
  'data:export': { from: 'extension'; request: Record<string, never>; response: { file: ExportFile } };
  /** Checks an import file; with apply, merges it. A bad file changes nothing and gets an error. */
  'data:import': { from: 'extension'; request: { file: unknown; apply: boolean }; response: ImportResult };
  'data:delete': { from: 'extension'; request: { confirm: true }; response: { deleted: number } };
}

/** The on-page card's text, localised by the worker (the content script stays small). */
export interface CardContent {
  flag: string;
  /** The bundled SVG flag's markup (our own file), drawn instead of the emoji where present. */
  flagSvg?: string;
  /** The country leads ("중국"): the surprise is the point of the card. */
  country: string;
  foreign: boolean;
  /** "클링 AI · Kuaishou Technology" */
  title: string;
  /** A Korean tool's note, or the alternatives heading ("국산 대안" / "딱 맞는 국산 대안은 아직 없어요"). */
  note: string;
  alternatives: CardAlternative[];
  /**
   * The card's own words, in the language she chose: the worker already holds the catalogue, while a
   * page's first i18n.getMessage would fetch it on the page's main thread (~3 ms, issue 19) — and would
   * speak the browser's language, not hers.
   */
  labels: CardLabels;
}
export interface CardAlternative {
  id: string;
  name: string;
  detail: string;
  /** "뤼튼 새 탭에서 열기": what a screen reader says for the link. */
  openLabel: string;
}
export interface CardLabels {
  region: string;
  close: string;
  more: string;
  showAlternatives: string;
  hideAlternatives: string;
  snooze: string;
  never: string;
  settings: string;
}

export type { SegmentReport } from './segment-report';
export { MAX_SEGMENTS } from './segment-report';

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];
export type Reply<N extends MessageName = MessageName> = { ok: true; value: Response<N> } | { ok: false; error: string };

export const isShortText = (v: unknown, max = 4096): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A URL a content message may speak for: on the sender's own host (the router supplies the test). */
export type SpeaksFor = (url: string) => boolean;

/** The run-time rule for one message: who may send it, its check, and the page URLs it speaks for. */
export interface Rule<N extends MessageName> {
  from: Protocol[N]['from'];
  check: (p: unknown, speaksFor: SpeaksFor) => Request<N> | null;
  urls?: (r: Request<N>) => string[];
}
export type Rules<N extends MessageName = MessageName> = { [K in N]: Rule<K> };

/** The messages about the page itself, which a worker start answers with its first script alone. */
export const PAGE_MESSAGES = ['page:hello', 'activity:segments'] as const;
export type PageMessage = (typeof PAGE_MESSAGES)[number];

/**
 * Run-time check of each request; returns a clean copy (no extra keys) or null. `urls` lists the page
 * URLs a content message speaks for: the router requires them to be on the sender's own host. The page's
 * own messages have a table of their own: Chrome's first worker script carries only that one
 * (src/build/worker-split.ts).
 */
export const pageRules: Rules<PageMessage> = {
  'page:hello': {
    from: 'content',
    check: (p) => (isObj(p) && isShortText(p.url) && isShortText(p.visitId, 64) ? { url: p.url, visitId: p.visitId } : null),
    urls: (r) => [r.url],
  },
  'activity:segments': {
    from: 'content',
    // Per segment: a malformed one, or one about another host, is dropped (and acknowledged, so the page
    // stops re-sending it); the rest count. Only the first MAX_SEGMENTS are looked at; the page sends
    // the others in later messages.
    check: (p, speaksFor) => {
      if (!isObj(p) || !Array.isArray(p.segments) || p.segments.length === 0) return null;
      const segments: SegmentReport[] = [];
      const dropped: string[] = [];
      for (const raw of p.segments.slice(0, MAX_SEGMENTS)) {
        const segment = checkSegment(raw);
        if (segment && speaksFor(segment.url)) segments.push(segment);
        else if (segmentIdOf(raw)) dropped.push(segmentIdOf(raw)!);
      }
      return { segments, dropped };
    },
  },
};
