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

type Json = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The patch wins, object by object: a patch may add one key inside a section (Firefox's
 * `action.default_area`) without restating the rest of it. Arrays and values are replaced whole.
 */
export function mergeManifest(base: Json, patch: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const under = merged[key];
    merged[key] = isPlainObject(under) && isPlainObject(value) ? mergeManifest(under, value) : value;
  }
  return merged;
}

export function buildManifest(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
  version: string,
  tools: readonly Tool[],
): Record<string, unknown> {
  const matches = hostMatchPatterns(tools);
  return {
    ...mergeManifest(base, patch),
    version,
    host_permissions: matches,
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_start', all_frames: false }],
  };
}
