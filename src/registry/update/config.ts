/**
 * Where updates come from and who may sign them. Fixed at build time: a test build may point both at a
 * local server and a throwaway key (REGISTRY_UPDATE_URL / REGISTRY_UPDATE_KEYS, read by build.ts, which
 * refuses to zip such a build); nothing changes them at run time.
 */
declare const __REGISTRY_UPDATE__: UpdateConfig | undefined;

export interface UpdateConfig {
  /** The one URL an update check fetches: https, no query string, no credentials. */
  url: string;
  /** Raw 32-byte Ed25519 public keys, base64: the current signing key, then the next one (rotation). */
  keys: string[];
}

export const DEFAULT_UPDATE_URL = 'https://ai-origin.kr/registry/registry-update.signed';

/** Private halves live with the maintainers (never in this repository); see README → "Registry updates". */
export const BUNDLED_PUBLIC_KEYS: readonly string[] = [
  'e6Lpzc03aDiVPbv76lSazJTwWWXiuM/w8Pk1uz14KBM=', // current
  'gPzLceZn4L3qwV3rFQvHdC0bL2obyRmqWo15oHWYxNA=', // next
];

export const updateConfig: UpdateConfig = typeof __REGISTRY_UPDATE__ !== 'undefined'
  ? __REGISTRY_UPDATE__
  : { url: DEFAULT_UPDATE_URL, keys: [...BUNDLED_PUBLIC_KEYS] };

/** Why a URL cannot be the update URL, or null when it can. */
export function updateUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:') return 'must be https';
  if (u.username || u.password) return 'must not carry credentials';
  if (u.search || u.hash || url.includes('?') || url.includes('#')) return 'must not have a query string or fragment';
  if (u.href !== url) return `must be written in canonical form (${u.href})`;
  return null;
}
