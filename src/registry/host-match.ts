/**
 * THE host/path matching rule, used by both the worker's lookup (lookup.ts, over the whole registry)
 * and the content script's table (tool-paths.ts, compiled into every AI page), so the two can never
 * disagree about whether a page is a tool.
 *
 * A registry host spec is "host" (the whole host) or "host/path" (a path prefix, matched on segment
 * boundaries: /i/grok matches /i/grok and /i/grok/x, never /i/grokking). A location is matched from its
 * full host up to its two-label domain (so evilchatgpt.com never matches chatgpt.com, foo.chatgpt.com
 * does); at each registry host the most specific rule that matches wins, and when none matches there
 * the walk goes on up — so with `example.com` and `sub.example.com/path` in the registry,
 * sub.example.com/other is example.com's.
 */

/** "x.com/i/grok" → ["x.com", "/i/grok"]; "chatgpt.com" → ["chatgpt.com", ""]. */
export function splitHostSpec(spec: string): [host: string, path: string] {
  const slash = spec.indexOf('/');
  return slash < 0 ? [spec, ''] : [spec.slice(0, slash), spec.slice(slash)];
}

/** The same spelling everywhere: lower case, no trailing dots on the host. */
export const normalHost = (host: string): string => host.toLowerCase().replace(/\.+$/, '');
export const normalPath = (path: string): string => path.toLowerCase();

export const pathMatches = (path: string, rule: string): boolean =>
  rule === '' || path === rule || path.startsWith(`${rule}/`);

/** Rules at one host, most specific (longest path) first, so '' (whole host) comes last. */
export const bySpecificity = (a: string, b: string): number => b.length - a.length;

/**
 * The first rule that matches `host` + `path` walking up the host's labels, or null. `rulesAt` gives
 * the rules registered for a host, most specific first; `pathOf` reads a rule's path.
 */
export function matchLocation<R>(
  host: string,
  path: string,
  rulesAt: (host: string) => readonly R[] | undefined,
  pathOf: (rule: R) => string,
): R | null {
  const labels = normalHost(host).split('.');
  const p = normalPath(path);
  for (let i = 0; i <= labels.length - 2; i++) {
    const rule = rulesAt(labels.slice(i).join('.'))?.find((r) => pathMatches(p, pathOf(r)));
    if (rule !== undefined) return rule;
  }
  return null;
}
