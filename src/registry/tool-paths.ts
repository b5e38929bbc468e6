/**
 * The content script runs on whole registry domains (match patterns ignore paths), but on shared hosts
 * only some paths are AI tools (x.com/i/grok). This small table, built from the registry and compiled
 * into the content script, lets it decide locally — so x.com/home never wakes the worker.
 *   { "x.com": ["/i/grok"], "bing.com": ["/chat", ...], "sub.example.com": [""] }
 * A key maps to path prefixes; "" means the whole host. Hosts not under any key are whole-host tools.
 */
import type { Tool } from './types';

export type ToolPaths = Record<string, string[]>;

const split = (spec: string): [string, string] => {
  const slash = spec.indexOf('/');
  return slash < 0 ? [spec, ''] : [spec.slice(0, slash), spec.slice(slash)];
};

export function buildToolPaths(tools: readonly Tool[]): ToolPaths {
  const rules = tools.flatMap((t) => t.hosts.map(split));
  const pathHosts = new Set(rules.filter(([, path]) => path !== '').map(([host]) => host));
  const underPathHost = (host: string) => [...pathHosts].some((h) => host === h || host.endsWith(`.${h}`));
  const table: ToolPaths = {};
  for (const [host, path] of rules) if (underPathHost(host)) (table[host] ??= []).push(path);
  for (const paths of Object.values(table)) paths.sort();
  return table;
}

/** Is this location a tool, given the table? (The content script only runs on registry hosts.) */
export function isToolLocation(table: ToolPaths, host: string, path: string): boolean {
  const labels = host.toLowerCase().replace(/\.+$/, '').split('.');
  for (let i = 0; i <= labels.length - 2; i++) {
    const paths = table[labels.slice(i).join('.')];
    if (paths) {
      const p = path.toLowerCase();
      return paths.some((rule) => rule === '' || p === rule || p.startsWith(`${rule}/`));
    }
  }
  return true;
}
