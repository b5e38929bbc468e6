/**
 * Turns anything a tab or a user might hand us into a host and path we can look up, or null.
 * Never throws: garbage, non-web schemes (chrome:, about:, file:), and IP addresses all give null.
 */
export interface WebLocation { host: string; path: string }

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function parseWebUrl(input: unknown): WebLocation | null {
  if (typeof input !== 'string' || input.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // The URL parser already lowercases and punycodes (IDN) the host; trailing dots name the same host.
  const host = url.hostname.replace(/\.+$/, '');
  if (host === '' || host.startsWith('[') || IPV4.test(host) || !host.includes('.')) return null;
  return { host, path: url.pathname.toLowerCase() };
}
