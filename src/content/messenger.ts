/**
 * The content script's typed `send()`. It talks to `runtime.sendMessage` directly instead of importing
 * webextension-polyfill: both Chrome (MV3) and Firefox return promises there, and the content script is
 * injected into every AI page, so each kilobyte counts. Types come from the one protocol map.
 */
import type { MessageName, Reply, Request, Response } from '../shared/messages';

interface RuntimeLike { id?: string; sendMessage: (message: unknown) => Promise<unknown> }
interface ApiLike { runtime: RuntimeLike }
const globals = globalThis as unknown as { browser?: ApiLike; chrome?: ApiLike };
const api: ApiLike | undefined = globals.browser ?? globals.chrome;
const runtime: RuntimeLike | undefined = api?.runtime;

/** False once the extension was reloaded, updated or removed: this script is an orphan and must stop. */
export const extensionAlive = (): boolean => {
  try {
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
};

export async function send<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  if (!runtime || !extensionAlive()) throw new Error('extension context gone');
  const reply = (await runtime.sendMessage({ type, payload })) as Reply<N> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
