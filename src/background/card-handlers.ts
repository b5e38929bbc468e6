/** The on-page card: what a due card says, and what its buttons do. */
import browser from '../shared/browser';
import { findTool, loadRegistry, toolById } from '../registry/registry';
import { alternativesFor } from '../registry/alternatives-in-use';
import { homeUrl } from '../registry/types';
import { applyCardAction } from '../shared/card-rules';
import { dayKey } from '../shared/dates';
import type { CardContent } from '../shared/messages';
import { cardContent } from './card-content';
import { flagMarkup } from './flag-markup';
import type { Deps } from './deps';
import type { Handlers } from './router';

/** A due card's content: its alternatives need the full entries. */
export async function dueCard(toolId: string): Promise<CardContent | null> {
  await loadRegistry();
  const tool = toolById(toolId);
  return tool ? { ...cardContent(tool), flagSvg: await flagMarkup(tool.country) } : null;
}

export function cardHandlers({ cards, switches, now }: Deps): Pick<Handlers, 'card:action'> {
  return {
    async 'card:action'({ url, action, to }) {
      const tool = findTool(url);
      if (!tool) return { done: false };
      if (action === 'shown') await cards.update(tool.id, (s) => ({ ...s, lastShown: dayKey(now()) }));
      else if (action === 'open') {
        // Only one of this tool's own alternatives: a page cannot make us open or count anything else.
        const target = alternativesFor(tool).find((alt) => alt.tool.id === to)?.tool;
        if (!target) return { done: false };
        await switches.add({ at: now(), from: tool.id, to: target.id });
        await browser.tabs.create({ url: homeUrl(target) });
      } else if (action === 'settings') await browser.tabs.create({ url: browser.runtime.getURL('report.html#settings') });
      else await cards.update(tool.id, (s) => applyCardAction(tool, s, action, now()));
      return { done: true };
    },
  };
}
