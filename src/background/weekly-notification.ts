/**
 * The start-of-week notification. One alarm at the next due moment, re-created on every worker start
 * (alarms can be lost on update) and after each settings change. The alarm only wakes us: what decides
 * is the stored marker of the last week handled, so a week that became due while the browser was closed
 * is notified once on the next start (catch-up), and never twice. Clicking opens the report page on the
 * week the notification was about (`report.html#week=<its first day>`).
 */
import { loadRegistry } from '../registry/registry';
import browser from '../shared/browser';
import { localText } from '../shared/i18n';
import { addDays, daysFrom, summarizeWeek } from '../shared/week-summary';
import type { Deps } from './deps';
import { toolLabel, toolMeta } from './tool-meta';
import { weeklyNotice, type WeeklyNotice } from './weekly-message';
import { armWeeklyAlarm, weekState, WEEKLY_MARK_KEY } from './weekly-schedule';
import { speakUserLanguage } from './settings-store';
import { showNotification } from './worker-notifications';

const NOTIFICATION_PREFIX = 'weekly-summary:';

/**
 * The report page for the notification of the week that became due on `due` (the id's suffix): it tells
 * about the week before `due`, so that is the week the page opens on.
 */
export function reportPathFor(due: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? `report.html#week=${addDays(due, -7)}` : 'report.html';
}

const labels = {
  name: (id: string) => {
    const label = toolLabel(id);
    return label ? localText(label.name) : null;
  },
  domestic: (id: string) => toolLabel(id)?.domestic ?? null,
};

/** Shows last week's summary if a new week became due since the marker; returns what was shown. */
export async function checkWeeklySummary(deps: Deps): Promise<WeeklyNotice | null> {
  const { storage, usage } = deps;
  const { due, mark, handled, settings: current } = await weekState(deps);
  if (handled) return null;
  await speakUserLanguage(current); // the notification is in her language
  const markHandled = () => storage.write(async (tx) => tx.set(WEEKLY_MARK_KEY, due));
  // First start ever: nothing "missed" yet; the first summary comes at the next due moment.
  if (mark === undefined || !current.weeklyNotification) {
    await markHandled();
    return null;
  }
  const first = addDays(due, -14);
  const days = await usage.readDays(daysFrom(first, 14));
  await loadRegistry(); // names and origins of last week's tools
  const notice = weeklyNotice(summarizeWeek(days, addDays(due, -7), toolMeta), summarizeWeek(days, first, toolMeta), labels);
  // Shown before it is marked: a worker stopped in between shows it again on the next start, under the
  // same id, which replaces the first one rather than adding a second.
  if (notice) {
    await showNotification(`${NOTIFICATION_PREFIX}${due}`, {
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: notice.title,
      message: notice.message,
    });
  }
  await markHandled();
  return notice;
}

/**
 * The weekly summary's wake-ups, for background/index.ts to register at the top level: its alarm, a click
 * on its notification, and `start` (check once, then re-arm) on every worker start.
 */
export function weeklySummary(ready: Promise<unknown>, deps: Deps) {
  let chain: Promise<unknown> = Promise.resolve();
  const check = () => {
    chain = chain.then(() => ready).then(() => checkWeeklySummary(deps))
      .catch((error) => console.error('[ai-origin] weekly summary failed', error));
    return chain;
  };
  const rearm = () => ready.then(() => deps.settings.read()).then((s) => armWeeklyAlarm(s, deps.now()))
    .catch((error) => console.error('[ai-origin] weekly alarm failed', error));
  return {
    alarm: () => void check().then(rearm),
    /** Opens the report on the notification's week (the caller closes the notification). */
    notificationClicked: async (id: string): Promise<void> => {
      if (!id.startsWith(NOTIFICATION_PREFIX)) return;
      await browser.tabs.create({ url: browser.runtime.getURL(reportPathFor(id.slice(NOTIFICATION_PREFIX.length))) });
    },
    start: () => void check().then(rearm),
  };
}
