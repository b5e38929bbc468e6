/**
 * URL → tool. The index maps each registry host to its rules; a lookup walks from the full host up
 * to the two-label domain (O(labels)), so `evilchatgpt.com` never matches `chatgpt.com`, while
 * `foo.chatgpt.com` does. Path rules (`x.com/i/grok`) match on segment boundaries.
 */
import { parseWebUrl } from './parse-url';
import type { Tool } from './types';

interface Rule { path: string; tool: Tool }
export type RegistryIndex = ReadonlyMap<string, readonly Rule[]>;

export function buildIndex(tools: readonly Tool[]): RegistryIndex {
  const index = new Map<string, Rule[]>();
  for (const tool of tools) {
    for (const spec of tool.hosts) {
      const slash = spec.indexOf('/');
      const host = slash < 0 ? spec : spec.slice(0, slash);
      const path = slash < 0 ? '' : spec.slice(slash);
      const rules = index.get(host) ?? [];
      rules.push({ path, tool });
      // Longest path first, so the most specific rule wins and '' (whole host) comes last.
      rules.sort((a, b) => b.path.length - a.path.length);
      index.set(host, rules);
    }
  }
  return index;
}

const pathMatches = (path: string, rule: string): boolean =>
  rule === '' || path === rule || path.startsWith(`${rule}/`);

/** The tool a URL belongs to, or null. Accepts any input and never throws. */
export function lookupUrl(index: RegistryIndex, url: unknown): Tool | null {
  const location = parseWebUrl(url);
  if (!location) return null;
  const labels = location.host.split('.');
  for (let i = 0; i <= labels.length - 2; i++) {
    const rules = index.get(labels.slice(i).join('.'));
    const rule = rules?.find((r) => pathMatches(location.path, r.path));
    if (rule) return rule.tool;
  }
  return null;
}
