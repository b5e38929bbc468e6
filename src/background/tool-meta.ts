/** Registry facts the summaries need, looked up by tool id. */
import { toolById } from '../registry/registry';
import { hasForeignModel, inputFlow, isDomestic } from '../registry/types';
import type { ToolLabel } from '../shared/popup-view';
import type { ToolMeta, WeekSummary } from '../shared/week-summary';

export function toolMeta(id: string): ToolMeta | null {
  const tool = toolById(id);
  if (!tool) return null;
  const domestic = isDomestic(tool);
  return {
    country: tool.country,
    domestic,
    category: tool.category,
    foreignModel: hasForeignModel(tool),
  };
}

export function toolLabel(id: string): ToolLabel | null {
  const tool = toolById(id);
  if (!tool) return null;
  const input = inputFlow(tool);
  const mine = (tool as { personal?: { kind: 'entry' | 'correction' } }).personal?.kind;
  return { name: tool.name, country: tool.country, domestic: isDomestic(tool), ...(input ? { input } : {}), ...(mine ? { mine } : {}) };
}

/** Labels for every tool that appears in the given weeks. */
export function labelsFor(weeks: readonly WeekSummary[]): Record<string, ToolLabel> {
  const labels: Record<string, ToolLabel> = {};
  for (const week of weeks) for (const row of week.byTool) {
    const label = toolLabel(row.toolId);
    if (label) labels[row.toolId] = label;
  }
  return labels;
}
