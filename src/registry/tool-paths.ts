/**
 * The content script runs on whole registry domains (match patterns ignore paths), but on shared hosts
 * only some paths are AI tools (x.com/i/grok). This small table, built from the registry and compiled
 * into the content script, lets it decide locally — so x.com/home never wakes the worker.
 *   { "x.com": ["/i/grok"], "bing.com": ["/chat", ...], "sub.example.com": [""] }
 * It holds every registry host related to a path rule (the host with the path, its parent hosts and
 * its subdomains), each with its rules most specific first, and is read with the worker's own matching
 * rule (host-match.ts). A page whose host walk meets none of its keys is under whole-host tools only.
 */
import { bySpecificity, matchLocation, splitHostSpec } from './host-match';
import type { Tool } from './types';

export type ToolPaths = Record<string, string[]>;

const related = (a: string, b: string) => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);

export function buildToolPaths(tools: readonly Tool[]): ToolPaths {
  const rules = tools.flatMap((t) => t.hosts.map(splitHostSpec));
  const pathHosts = [...new Set(rules.filter(([, path]) => path !== '').map(([host]) => host))];
  const table: ToolPaths = {};
  for (const [host, path] of rules) {
    if (!pathHosts.some((p) => related(host, p))) continue;
    const paths = (table[host] ??= []);
    if (!paths.includes(path)) paths.push(path);
  }
  for (const paths of Object.values(table)) paths.sort((a, b) => bySpecificity(a, b) || a.localeCompare(b));
  return table;
}

/** Is this location a tool, given the table? (The content script only runs on registry hosts.) */
export function isToolLocation(table: ToolPaths, host: string, path: string): boolean {
  let sawKey = false;
  const rulesAt = (h: string) => (Object.hasOwn(table, h) ? ((sawKey = true), table[h]) : undefined);
  if (matchLocation(host, path, rulesAt, (rule) => rule) !== null) return true;
  // No rule matched: a tool only if no related host was met (then whole-host tools hold this page).
  return !sawKey;
}
