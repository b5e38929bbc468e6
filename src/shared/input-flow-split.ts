/**
 * A week's AI time by where her input went, from each tool's disclosed `dataCountries`: processed only in
 * Korea, also abroad, or not known (no disclosure read — never guessed from the maker's country).
 */
import type { ToolLabel } from './popup-view';
import type { WeekSummary } from './week-summary';

export interface InputFlowSplit { home: number; abroad: number; unknown: number; total: number }

export function inputFlowSplit(week: WeekSummary, labels: Record<string, ToolLabel>): InputFlowSplit {
  const split: InputFlowSplit = { home: 0, abroad: 0, unknown: 0, total: 0 };
  for (const row of week.byTool) {
    split[labels[row.toolId]?.input ?? 'unknown'] += row.ms;
    split.total += row.ms;
  }
  return split;
}
