/** Small display helpers for the report page (durations, week ranges, tool names). */
import { localText, t } from '../shared/i18n';
import type { ReportData } from '../shared/report-types';
import { dateFormat } from '../shared/intl-format';

export { duration } from '../ui/duration';

const parse = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** "11월 23일" / "Nov 23". */
export const shortDay = (day: string): string =>
  dateFormat({ month: 'short', day: 'numeric' }).format(parse(day));

/** "11/23" for chart axes. */
export const axisDay = (day: string): string =>
  dateFormat({ month: 'numeric', day: 'numeric' }).format(parse(day));

export const weekRange = (start: string, end: string): string => `${shortDay(start)} – ${shortDay(end)}`;

/** Tool names for any id the page may show (registry tools, plus labels of retired ones). */
export function toolNames(data: ReportData): (id: string) => string {
  const names = new Map<string, string>();
  for (const { id, label } of data.tools) names.set(id, localText(label.name));
  for (const [id, label] of Object.entries(data.labels)) names.set(id, localText(label.name));
  return (id) => names.get(id) ?? id;
}
