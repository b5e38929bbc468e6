/** Messages from the content script: which page this is, and active-time segments. */
import browser from '../shared/browser';
import { alternativesFor, findBrief, findTool, loadRegistry, toolById } from '../registry/registry';
import { homeUrl } from '../registry/types';
import { applyCardAction, shouldShowCard } from '../shared/card-rules';
import { dayKey } from '../shared/dates';
import { showBadge } from './badge';
import { cardContent } from './card-content';
import { flagMarkup } from './flag-markup';
import type { Deps } from './deps';
import type { Handlers } from './router';
import { counts, speakUserLanguage } from './settings-store';

export function pageHandlers({ usage, settings, cards, switches, now }: Deps): Pick<Handlers, 'page:hello' | 'activity:segments' | 'card:action'> {
  return {
    async 'page:hello'({ url, visitId }, { tabId }) {
      // From the briefs: most visits (badge, one visit counted) never read the full registry.
      const brief = findBrief(url);
      const current = await settings.read();
      await speakUserLanguage(current); // the badge title and the card are in her language
      // Notice mode "off": no badge either (the popup still answers when asked).
      if (tabId !== null) await showBadge(tabId, current.noticeMode === 'off' ? null : brief);
      if (brief && counts(current, brief.id)) await usage.recordVisit(brief.id, visitId, now());
      let card = null;
      // Marked as shown only when the page reports it was really visible ('shown'): a page that hides
      // the card gets it again on the next visit instead of silencing it for the day.
      if (brief && shouldShowCard(brief, current, await cards.get(brief.id), dayKey(now()), now())) {
        await loadRegistry(); // the card's alternatives need the full entries
        const tool = toolById(brief.id);
        if (tool) card = { ...cardContent(tool), flagSvg: await flagMarkup(tool.country) };
      }
      return { idleMs: current.idleSeconds * 1000, card };
    },

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

    async 'activity:segments'({ segments, dropped = [] }) {
      if (segments.length > 0) await usage.recordSegments(segments);
      // Acknowledge everything handled, counted, ignored or dropped, so the page stops re-sending it.
      return { acked: [...segments.map((s) => s.segmentId), ...dropped] };
    },
  };
}
