/**
 * How the domestic share moved since the user first tried a Korean alternative: time-weighted share of
 * the weeks before the switch's week vs that week and after (within the weeks the page has).
 */
import type { SwitchRecord } from '../shared/report-types';
import type { WeekSummary } from '../shared/week-summary';
import { dayKey } from '../shared/dates';

export interface SwitchEffect { since: string; before: number | null; after: number | null }

const share = (weeks: WeekSummary[]): number | null => {
  const domestic = weeks.reduce((s, w) => s + w.time.domestic, 0);
  const known = weeks.reduce((s, w) => s + w.time.domestic + w.time.foreign, 0);
  return known > 0 ? domestic / known : null;
};

/** `weeks` oldest first. Null when no switch falls inside them. */
export function switchEffect(switches: readonly SwitchRecord[], weeks: readonly WeekSummary[]): SwitchEffect | null {
  if (weeks.length === 0) return null;
  const first = weeks[0]!.start;
  const inRange = switches.map((s) => dayKey(s.at)).filter((d) => d >= first).sort();
  const since = inRange[0];
  if (!since) return null;
  const weekOf = weeks.findIndex((w) => w.start <= since && since <= w.end);
  if (weekOf < 0) return null;
  return { since, before: share(weeks.slice(0, weekOf)), after: share(weeks.slice(weekOf)) };
}
