/** Messages from the content script about the page itself: which page this is, and active-time segments. */
import { findBrief } from '../registry/registry';
import { shouldShowCard } from '../shared/card-rules';
import { dayKey } from '../shared/dates';
import { showBadge } from './badge';
import type { Deps } from './deps';
import { loadMore } from './load-more';
import type { PageMessage } from '../shared/messages';
import type { Handlers } from './router';
import { counts, speakUserLanguage } from './settings-store';

export function pageHandlers({ usage, settings, cards, now }: Deps): Pick<Handlers, PageMessage> {
  return {
    async 'page:hello'({ url, visitId }, { tabId }) {
      // From the briefs: most visits (badge, one visit counted) never read the full registry.
      const brief = findBrief(url);
      const current = await settings.read();
      await speakUserLanguage(current); // the badge title and the card are in her language
      // Notice mode "off": no badge either (the popup still answers when asked).
      if (tabId !== null) await showBadge(tabId, current.noticeMode === 'off' ? null : brief);
      if (brief && counts(current, brief.id)) await usage.recordVisit(brief.id, visitId, now());
      // Marked as shown only when the page reports it was really visible ('shown'): a page that hides
      // the card gets it again on the next visit instead of silencing it for the day.
      const due = brief && shouldShowCard(brief, current, await cards.get(brief.id), dayKey(now()), now());
      const card = due ? await (await loadMore()).dueCard(brief.id) : null;
      return { idleMs: current.idleSeconds * 1000, card };
    },

    async 'activity:segments'({ segments, dropped = [] }) {
      if (segments.length > 0) await usage.recordSegments(segments);
      // Acknowledge everything handled, counted, ignored or dropped, so the page stops re-sending it.
      return { acked: [...segments.map((s) => s.segmentId), ...dropped] };
    },
  };
}
