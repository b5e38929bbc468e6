/** What the UI is told about a tool: the registry entry trimmed to what is shown, plus derived facts. */
import { isDomestic, type Tool } from '../registry/types';

export interface ToolView {
  id: string;
  name: Tool['name'];
  vendor: string;
  country: string;
  domestic: boolean;
  parent?: Tool['parent'];
  legalCountry?: string;
  models?: Tool['models'];
  /** Any model from outside the tool's own country (e.g. a Korean app on a US model). */
  foreignModel: boolean;
  category: Tool['category'];
  freeTier?: boolean;
  fit?: Tool['fit'];
  status?: Tool['status'];
  sources: string[];
  verified: string;
  confidence: Tool['confidence'];
  /** A URL that opens the tool (its first host). */
  home: string;
}

export function toToolView(tool: Tool): ToolView {
  const { hosts, also: _also, note: _note, ...rest } = tool;
  return {
    ...rest,
    domestic: isDomestic(tool),
    foreignModel: (tool.models ?? []).some((m) => m.country !== tool.country),
    home: `https://${hosts[0]}`,
  };
}
