/** The background's answer to every message in the protocol (the type system checks none is missing). */
import { alternativesFor, findTool } from '../registry/registry';
import { toToolView } from '../shared/tool-view';
import type { Handlers } from './router';
import { showBadge } from './badge';
import { pageKind } from './page-kind';
import { countableRange } from './segment-window';
import { counts, type SettingsStore } from './settings-store';
import type { ActiveRange, UsageStore } from './usage-store';

export interface Deps { usage: UsageStore; settings: SettingsStore; now: () => number }

export function createHandlers({ usage, settings, now }: Deps): Handlers {
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

    async 'popup:view'({ url }) {
      const tool = findTool(url);
      if (!tool) return { kind: pageKind(url), tool: null, alternatives: [] };
      return { kind: 'tool', tool: toToolView(tool), alternatives: alternativesFor(tool).map(toToolView) };
    },
  };
}
