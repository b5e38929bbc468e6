/**
 * "This page is an AI tool": one hello per visit (badge, one visit counted, maybe the card). The page's
 * first visit uses the document's own id, so a copy re-injected by an update continues it; later visits
 * (single-page navigation back onto a tool path, back/forward restore) get fresh ids.
 */
import type { ActivityTracker } from './activity-tracker';
import { extensionAlive, send } from './messenger';
import { showOriginCard } from './origin-card';
import { documentVisitId } from './visit-id';

export function createHello(tracker: ActivityTracker, address: () => string, newId: () => string, stop: () => void): () => void {
  let firstVisit = true;
  return () => {
    const visitId = firstVisit ? documentVisitId() : newId();
    firstVisit = false;
    send('page:hello', { url: address(), visitId })
      .then((reply) => {
        tracker.setIdleMs(reply.idleMs);
        if (!reply.card) return;
        const card = reply.card;
        const show = () => showOriginCard(card, (action, to) => void send('card:action', { url: address(), action, ...(to ? { to } : {}) }).catch(() => undefined));
        // At document_start there is no <html> yet to attach to.
        if (document.documentElement) show();
        else document.addEventListener('DOMContentLoaded', show, { once: true });
      })
      .catch(() => extensionAlive() || stop());
  };
}
