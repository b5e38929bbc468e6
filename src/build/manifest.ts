/** Builds each browser's manifest: base + per-browser patch + what is derived from the registry. */
import type { Tool } from '../registry/types';

export type Target = 'chrome' | 'firefox';

/** `*://*.chatgpt.com/*` per registry host (the pattern covers the host and its subdomains). */
export function hostMatchPatterns(tools: readonly Tool[]): string[] {
  const hosts = new Set(tools.flatMap((t) => t.hosts.map((h) => h.split('/')[0]!)));
  // A host already covered by a listed parent domain needs no pattern of its own.
  const needed = [...hosts].filter((h) => !h.split('.').some((_, i) => i > 0 && hosts.has(h.split('.').slice(i).join('.'))));
  return needed.sort().map((h) => `*://*.${h}/*`);
}

export function buildManifest(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
  version: string,
  tools: readonly Tool[],
): Record<string, unknown> {
  const matches = hostMatchPatterns(tools);
  return {
    ...base,
    ...patch,
    version,
    host_permissions: matches,
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_start', all_frames: false }],
  };
}
