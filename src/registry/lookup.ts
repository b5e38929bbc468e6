/**
 * URL → tool. The index maps each registry host to its rules; a lookup walks from the full host up
 * to the two-label domain (O(labels)) by the one matching rule in host-match.ts, which the content
 * script's table uses too.
 */
import { bySpecificity, matchLocation, splitHostSpec } from './host-match';
import { parseWebUrl } from './parse-url';
import type { Tool } from './types';

/** Anything with hosts can be indexed: full entries (the worker's briefs have an index of their own: packed-briefs.ts). */
type Hosted = Pick<Tool, 'hosts'>;
interface Rule<T> { path: string; tool: T }
/** The one question a lookup asks: the rules registered at exactly this host, most specific first. */
export interface RegistryIndex<T extends Hosted = Tool> { get(host: string): readonly Rule<T>[] | undefined }

export function buildIndex<T extends Hosted>(tools: readonly T[]): RegistryIndex<T> {
  const index = new Map<string, Rule<T>[]>();
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
export function lookupUrl<T extends Hosted>(index: RegistryIndex<T>, url: unknown): T | null {
  const location = parseWebUrl(url);
  if (!location) return null;
  return matchLocation(location.host, location.path, (host) => index.get(host), (r) => r.path)?.tool ?? null;
}
