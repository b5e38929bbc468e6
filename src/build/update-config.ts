/**
 * Build-time settings of registry updates. A build for tests may point at a local server and a throwaway
 * key through the environment; the release build uses what `src/registry/update/config.ts` ships.
 *   REGISTRY_UPDATE_URL    the one https URL update checks fetch (no query string)
 *   REGISTRY_UPDATE_KEYS   comma-separated raw Ed25519 public keys, base64
 * The extension pages' CSP gets exactly that URL's origin in `connect-src`, and nothing broader.
 */
import { BUNDLED_PUBLIC_KEYS, DEFAULT_UPDATE_URL, updateUrlProblem, type UpdateConfig } from '../registry/update/config';

export interface BuildUpdateConfig extends UpdateConfig {
  origin: string;
  /** True when the environment replaced the URL or the keys: such a build must never be shipped. */
  overridden: boolean;
}

export function readUpdateConfig(env: Record<string, string | undefined>): BuildUpdateConfig {
  const url = env.REGISTRY_UPDATE_URL || DEFAULT_UPDATE_URL;
  const problem = updateUrlProblem(url);
  if (problem) throw new Error(`REGISTRY_UPDATE_URL ${url}: ${problem}`);
  const keys = env.REGISTRY_UPDATE_KEYS ? env.REGISTRY_UPDATE_KEYS.split(',').map((k) => k.trim()).filter(Boolean) : [...BUNDLED_PUBLIC_KEYS];
  for (const key of keys) {
    if (!/^[A-Za-z0-9+/]{43}=$/.test(key)) throw new Error(`REGISTRY_UPDATE_KEYS: ${key} is not a base64 32-byte key`);
  }
  return { url, keys, origin: new URL(url).origin, overridden: Boolean(env.REGISTRY_UPDATE_URL || env.REGISTRY_UPDATE_KEYS) };
}

/** Adds the update origin (only it) to `connect-src` of the extension pages' CSP. */
export function allowUpdateOrigin(manifest: Record<string, unknown>, origin: string): Record<string, unknown> {
  const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
  const pages = csp?.extension_pages;
  if (!pages || !/(^|;)\s*connect-src 'self'\s*(;|$)/.test(pages)) throw new Error("manifest CSP must have connect-src 'self' to extend");
  return {
    ...manifest,
    content_security_policy: { ...csp, extension_pages: pages.replace(/connect-src 'self'/, `connect-src 'self' ${origin}`) },
  };
}
