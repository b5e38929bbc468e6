/**
 * CSV export: one row per day × tool, for spreadsheets. Columns (documented in the README):
 *   date, tool_id, tool_name, country, domestic, active_seconds, visits
 * UTF-8 with a BOM (Excel otherwise reads Korean as CP949 mojibake), CRLF line ends, RFC 4180 quoting,
 * and a leading ' on cells that a spreadsheet would run as a formula (= + - @).
 */
import type { DayBucket } from './usage';

export const CSV_COLUMNS = ['date', 'tool_id', 'tool_name', 'country', 'domestic', 'active_seconds', 'visits'] as const;

export interface CsvToolInfo { name: string; country: string; domestic: boolean }

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `info` returns null for a tool no longer in the registry (name and country stay empty). */
export function toCsv(days: Record<string, DayBucket>, info: (toolId: string) => CsvToolInfo | null): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const day of Object.keys(days).sort()) {
    const bucket = days[day]!;
    for (const toolId of Object.keys(bucket).sort()) {
      const usage = bucket[toolId]!;
      const tool = info(toolId);
      rows.push([
        day, toolId, tool?.name ?? '', tool?.country ?? '', tool ? String(tool.domestic) : '',
        // Seconds with millisecond precision: the CSV holds exactly what is stored.
        (usage.activeMs / 1000).toFixed(3), String(usage.visits),
      ].map(cell).join(','));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
