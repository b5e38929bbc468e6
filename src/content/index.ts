/**
 * Content script, injected only on registry hosts. It tells the worker which page this is (so the badge
 * and the visit count are right) and, from the tracking module, reports active-time segments.
 */
import { send } from '../shared/send';

const newId = (): string => crypto.randomUUID();

void send('page:hello', { url: location.href, visitId: newId() }).catch(() => {
  // The extension was reloaded or updated: this orphaned script stops quietly.
});
