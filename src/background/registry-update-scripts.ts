/**
 * Host permissions stay exactly what the manifest (built from the bundled registry) asks for. A tool
 * that arrives by update on a host the content script already covers (a new subdomain) just works. A
 * tool on a new host is counted only where the extension already holds that host's permission — then
 * the content script is registered there with `scripting.registerContentScripts` — and otherwise not
 * at all until the user grants it; the popup still labels it (activeTab). Nothing here asks for more.
 */
import type { Tool } from '../registry/types';

export const UPDATE_SCRIPT_ID = 'registry-update-hosts';

/** The browser calls this needs (fakeable in tests). */
export interface ScriptApi {
  /** The manifest's content-script patterns (`*://*.chatgpt.com/*`). */
  staticMatches: readonly string[];
  contains: (origin: string) => Promise<boolean>;
  registered: () => Promise<string[] | null>;
  register: (matches: string[]) => Promise<void>;
  update: (matches: string[]) => Promise<void>;
  unregister: () => Promise<void>;
}

export const hostPattern = (host: string): string => `*://*.${host}/*`;

const coveredBy = (host: string, patterns: readonly string[]): boolean => patterns.some((p) => {
  const domain = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(p)?.[1];
  return domain !== undefined && (host === domain || host.endsWith(`.${domain}`));
});

/** Hosts of these tools the manifest's content script does not cover, sorted. */
export function uncoveredHosts(tools: readonly Tool[], staticMatches: readonly string[]): string[] {
  const hosts = new Set(tools.flatMap((t) => t.hosts.map((h) => h.split('/')[0]!)));
  return [...hosts].filter((h) => !coveredBy(h, staticMatches)).sort();
}

export interface ScriptSync { registered: string[]; waiting: string[] }

/** Registers the content script on the permitted new hosts only; unregisters it when there are none. */
export async function syncUpdateScripts(tools: readonly Tool[], api: ScriptApi): Promise<ScriptSync> {
  const registered: string[] = [];
  const waiting: string[] = [];
  for (const host of uncoveredHosts(tools, api.staticMatches)) {
    ((await api.contains(hostPattern(host)).catch(() => false)) ? registered : waiting).push(host);
  }
  const matches = registered.map(hostPattern);
  const current = await api.registered();
  if (matches.length === 0) {
    if (current) await api.unregister();
  } else if (!current) await api.register(matches);
  else if (current.join('\n') !== matches.join('\n')) await api.update(matches);
  return { registered, waiting };
}
