/**
 * The one request of an update check: a plain GET of the fixed URL — no cookies or other credentials,
 * no referrer, no custom headers (so no CORS preflight), no cache, no redirects — read up to a size
 * limit and abandoned beyond it. The host must answer with `Access-Control-Allow-Origin: *` (GitHub
 * Pages does): the extension has no host permission for it and asks for none.
 */
import type { UpdateResult } from '../registry/update/results';

export type Download =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; result: Extract<UpdateResult, 'network' | 'http' | 'too-large'>; detail: string };

export const REQUEST: RequestInit = {
  method: 'GET',
  credentials: 'omit',
  cache: 'no-store',
  redirect: 'error',
  referrerPolicy: 'no-referrer',
  mode: 'cors',
};

export async function downloadUpdate(url: string, limit: number, fetchFn: typeof fetch = fetch, timeoutMs = 30_000): Promise<Download> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { ...REQUEST, signal: controller.signal });
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, result: 'http', detail: `HTTP ${response.status}` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, result: 'too-large', detail: `${declared} bytes declared` };
    }
    if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
    // Counted as it arrives: a host that lies about (or omits) the length is cut off at the limit.
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, result: 'too-large', detail: `more than ${limit} bytes` };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) bytes.set(chunk, offset), (offset += chunk.length);
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, result: 'network', detail: controller.signal.aborted ? 'timed out' : String((error as Error)?.message ?? error).slice(0, 200) };
  } finally {
    clearTimeout(timer);
  }
}
