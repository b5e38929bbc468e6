/**
 * A system notification through the lighter API each browser offers. Chrome's worker uses its own
 * service-worker notifications (`registration.showNotification`, the `notificationclick` event), the
 * web's standard: listening through the extension `notifications` namespace instead built that
 * namespace's bindings at every worker start, ~9 KB of heap for a click that comes once a week
 * (issue 19). Firefox's event page has no service-worker registration: `browser.notifications` there.
 */
import browser from '../shared/browser';

export interface Notice { title: string; message: string; iconUrl: string }

interface NotificationClick { notification: { tag: string; close(): void }; waitUntil(done: Promise<unknown>): void }
/** The parts of a service worker's global scope used here. */
export interface NotificationWorker {
  registration: { showNotification(title: string, options: { body: string; icon: string; tag: string }): Promise<void> };
  addEventListener(type: 'notificationclick', listener: (event: NotificationClick) => void): void;
}

/** The service worker we run in (Chrome), or null (Firefox's event page, tests). */
export function notificationWorker(): NotificationWorker | null {
  const scope = globalThis as unknown as Partial<NotificationWorker>;
  return typeof scope.registration?.showNotification === 'function' ? (scope as NotificationWorker) : null;
}

/** Shows `notice` under `id`; a second one under the same id replaces the first. */
export async function showNotification(id: string, notice: Notice): Promise<void> {
  const worker = notificationWorker();
  if (worker) return worker.registration.showNotification(notice.title, { body: notice.message, icon: notice.iconUrl, tag: id });
  await browser.notifications.create(id, { type: 'basic', ...notice });
}
