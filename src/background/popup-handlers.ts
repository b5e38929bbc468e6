/** Messages from the toolbar popup. */
import { needsIntegrations } from '../registry/alternatives';
import { cameByUpdate, findTool, registrySource, toolById } from '../registry/registry';
import { alternativesFor } from '../registry/alternatives-in-use';
import { isDomestic } from '../registry/types';
import { toAlternativeView, toToolView } from '../shared/tool-view';
import { activeTabUrl } from './active-tab';
import type { Deps } from './deps';
import { pageKind } from './page-kind';
import { mineViewFor } from './personal-handlers';
import type { Handlers } from './router';
import { labelsFor } from './tool-meta';
import { recentWeeks } from './week-views';

export function popupHandlers(deps: Deps): Pick<Handlers, 'popup:view' | 'popup:switch'> {
  const { usage, settings, switches, now } = deps;
  return {
    async 'popup:view'(request) {
      const address = 'url' in request ? Promise.resolve(request.url) : activeTabUrl();
      // Independent reads side by side: each is a round trip to storage on the popup's critical path.
      const [url, mine, current, weeksFor] = await Promise.all([
        address, address.then((u) => mineViewFor(deps, u)), settings.read(), recentWeeks(usage, now(), 2)]);
      const [previous, thisWeek] = weeksFor(current.weekStart);
      const week = { current: thisWeek!, previous: previous! };
      const base = { url, week, labels: labelsFor([thisWeek!, previous!]), paused: current.paused, excludedIds: current.excluded, mine };
      const tool = findTool(url);
      if (!tool) return { ...base, kind: pageKind(url), tool: null, alternatives: [], integrationsMatter: false, excluded: false };
      return {
        ...base,
        kind: 'tool',
        tool: toToolView(tool),
        alternatives: alternativesFor(tool).map((alt) => toAlternativeView(tool, alt)),
        integrationsMatter: needsIntegrations(tool),
        excluded: current.excluded.includes(tool.id),
        // Her own correction or entry wins over an update: then the label is hers, not "updated".
        ...(cameByUpdate(tool) && !mine.correction && !mine.entry ? { updatedOn: registrySource().date } : {}),
      };
    },

    async 'popup:switch'({ from, to }) {
      const source = toolById(from);
      const target = toolById(to);
      // Only a real foreign → Korean pair from our own alternatives counts as a switch.
      if (!source || !target || isDomestic(source) || !alternativesFor(source).some((alt) => alt.tool.id === to)) return { recorded: false };
      await switches.add({ at: now(), from, to });
      return { recorded: true };
    },
  };
}
