/**
 * URL → tool. The index maps each registry host to its rules; a lookup walks from the full host up
 * to the two-label domain (O(labels)) by the one matching rule in host-match.ts, which the content
 * script's table uses too.
 */
import { bySpecificity, matchLocation, splitHostSpec } from './host-match';
import { parseWebUrl } from './parse-url';
import type { Tool } from './types';

interface Rule { path: string; tool: Tool }
export type RegistryIndex = ReadonlyMap<string, readonly Rule[]>;

export function buildIndex(tools: readonly Tool[]): RegistryIndex {
  const index = new Map<string, Rule[]>();
  for (const tool of tools) {
    for (const spec of tool.hosts) {
      const [host, path] = splitHostSpec(spec);
      const rules = index.get(host) ?? [];
      rules.push({ path, tool });
      rules.sort((a, b) => bySpecificity(a.path, b.path));
      index.set(host, rules);
    }
  }
  return index;
}

/** The tool a URL belongs to, or null. Accepts any input and never throws. */
export function lookupUrl(index: RegistryIndex, url: unknown): Tool | null {
  const location = parseWebUrl(url);
  if (!location) return null;
  return matchLocation(location.host, location.path, (host) => index.get(host), (r) => r.path)?.tool ?? null;
}
