/** Typed request/response to the background. Rejects with the background's error text. */
import browser from './browser';
import type { MessageName, Reply, Request, Response } from './messages';

export async function send<N extends MessageName>(type: N, payload: Request<N>): Promise<Response<N>> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<N> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
