/**
 * The exclusion picker's search over ~270 registry tools: by Korean name, English name or host, ignoring
 * case, spaces and dots ("chat gpt", "챗gpt", "chatgpt.com" all find 챗GPT). Names that start with the
 * query come first, then hosts that do, then any match inside; ties keep the list's (alphabetical) order.
 */
import type { LocalText } from '../registry/types';

export interface SearchableTool { id: string; label: { name: LocalText }; hosts: readonly string[] }

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s.·\-_]+/g, '');

function rank(tool: SearchableTool, q: string): number | null {
  const names = [tool.label.name.ko, tool.label.name.en].map(fold);
  const hosts = tool.hosts.map((h) => fold(h.replace(/^www\./, '')));
  if (names.some((n) => n.startsWith(q))) return 0;
  if (hosts.some((h) => h.startsWith(q))) return 1;
  if (names.some((n) => n.includes(q))) return 2;
  if (hosts.some((h) => h.includes(q))) return 3;
  return null;
}

/** Up to `limit` tools matching `query`, best first; nothing for an empty query. */
export function searchTools<T extends SearchableTool>(tools: readonly T[], query: string, limit = 8): T[] {
  const q = fold(query);
  if (!q) return [];
  return tools
    .map((tool, order) => ({ tool, order, rank: rank(tool, q) }))
    .filter((x): x is { tool: T; order: number; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.tool);
}
