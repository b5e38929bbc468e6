/** Messages from the content script: which page this is, and active-time segments. */
import { findTool } from '../registry/registry';
import { toToolView } from '../shared/tool-view';
import { applyCardAction, shouldShowCard } from '../shared/card-rules';
import { dayKey } from '../shared/dates';
import { showBadge } from './badge';
import { cardContent } from './card-content';
import type { Deps } from './deps';
import type { Handlers } from './router';
import { countableRange } from './segment-window';
import { counts } from './settings-store';
import type { ActiveRange } from './usage-store';

export function pageHandlers({ usage, settings, cards, now }: Deps): Pick<Handlers, 'page:hello' | 'activity:segments' | 'card:action'> {
  return {
    async 'page:hello'({ url, visitId }, { tabId }) {
      const tool = findTool(url);
      const view = tool ? toToolView(tool) : null;
      const current = await settings.read();
      // Notice mode "off": no badge either (the popup still answers when asked).
      if (tabId !== null) await showBadge(tabId, current.noticeMode === 'off' ? null : view);
      if (tool && counts(current, tool.id)) await usage.recordVisit(tool.id, visitId, now());
      let card = null;
      const today = dayKey(now());
      if (tool && shouldShowCard(tool, current, await cards.get(tool.id), today, now())) {
        // Marked as shown when decided, so a reload the same day stays quiet.
        await cards.update(tool.id, (s) => ({ ...s, lastShown: today }));
        card = cardContent(tool);
      }
      return { tool: view, idleMs: current.idleSeconds * 1000, card };
    },

    async 'card:action'({ url, action }) {
      const tool = findTool(url);
      if (!tool) return { done: false };
      if (action === 'badge-only') await settings.write({ noticeMode: 'badge' });
      else await cards.update(tool.id, (s) => applyCardAction(tool, s, action, now()));
      return { done: true };
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
