/** The background's answer to every message in the protocol (the type system checks none is missing). */
import { alternativesFor, findTool } from '../registry/registry';
import { toToolView } from '../shared/tool-view';
import type { Handlers } from './router';
import { showBadge } from './badge';
import { pageKind } from './page-kind';
import type { UsageStore } from './usage-store';

export function createHandlers(usage: UsageStore): Handlers {
  return {
    async 'page:hello'({ url, visitId }, { tabId }) {
      const tool = findTool(url);
      const view = tool ? toToolView(tool) : null;
      if (tabId !== null) await showBadge(tabId, view);
      if (tool) await usage.recordVisit(tool.id, visitId, Date.now());
      return { tool: view };
    },

    async 'popup:view'({ url }) {
      const tool = findTool(url);
      if (!tool) return { kind: pageKind(url), tool: null, alternatives: [] };
      return { kind: 'tool', tool: toToolView(tool), alternatives: alternativesFor(tool).map(toToolView) };
    },
  };
}
