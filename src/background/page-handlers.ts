/** Messages from the content script: which page this is, and active-time segments. */
import { findTool } from '../registry/registry';
import { toToolView } from '../shared/tool-view';
import { showBadge } from './badge';
import type { Deps } from './deps';
import type { Handlers } from './router';
import { countableRange } from './segment-window';
import { counts } from './settings-store';
import type { ActiveRange } from './usage-store';

export function pageHandlers({ usage, settings, now }: Deps): Pick<Handlers, 'page:hello' | 'activity:segments'> {
  return {
    async 'page:hello'({ url, visitId }, { tabId }) {
      const tool = findTool(url);
      const view = tool ? toToolView(tool) : null;
      const current = await settings.read();
      if (tabId !== null) await showBadge(tabId, view);
      if (tool && counts(current, tool.id)) await usage.recordVisit(tool.id, visitId, now());
      return { tool: view, idleMs: current.idleSeconds * 1000 };
    },

    async 'activity:segments'({ segments }) {
      const current = await settings.read();
      const ranges: ActiveRange[] = [];
      for (const segment of segments) {
        const tool = findTool(segment.url);
        const range = countableRange(segment.start, segment.end, now());
        if (tool && range && counts(current, tool.id)) ranges.push({ toolId: tool.id, ...range });
      }
      if (ranges.length > 0) await usage.recordActive(ranges);
      // Acknowledge everything handled, counted or not, so the page stops re-sending it.
      return { acked: segments.map((s) => s.segmentId) };
    },
  };
}
