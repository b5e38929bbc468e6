/**
 * Dispatches runtime messages to handlers after checking who sent them and what they sent.
 * Any failure becomes a `{ ok: false, error }` reply: never a throw into the browser, never a hang.
 */
import type { MessageName, Reply, Request, Response, Rule, Rules } from '../shared/messages';

/** The parts of `runtime.MessageSender` we rely on. */
export interface Sender { id?: string; url?: string; tab?: { id?: number }; frameId?: number }

export interface SenderContext { sender: Sender; tabId: number | null }

export type Handlers = { [N in MessageName]: (req: Request<N>, ctx: SenderContext) => Promise<Response<N>> };

export interface Self { id: string; baseUrl: string }

function senderAllowed(from: 'content' | 'extension', sender: Sender, self: Self): boolean {
  if (sender.id !== self.id || typeof sender.url !== 'string') return false;
  if (from === 'extension') return sender.url.startsWith(self.baseUrl);
  // Our content script runs only in top frames of web pages.
  return /^https?:/.test(sender.url) && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0;
}

const sameHost = (a: string, b: string): boolean => {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
};

/**
 * A router for the messages in `rules` (all of them, or the page's own: messages.ts), with a handler
 * for each; any other type is an unknown message.
 */
export function createRouter<N extends MessageName>(handlers: Pick<Handlers, N>, self: Self, rules: Rules<N>) {
  return async (message: unknown, sender: Sender): Promise<Reply> => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(rules, type)) return { ok: false, error: 'unknown message' };
    const rule = rules[type as N] as Rule<N>;
    if (!senderAllowed(rule.from, sender, self)) return { ok: false, error: 'sender not allowed' };
    const speaksFor = (url: string) => rule.from !== 'content' || sameHost(url, sender.url!);
    const payload = rule.check((message as { payload?: unknown }).payload, speaksFor);
    if (!payload) return { ok: false, error: `invalid ${type} payload` };
    // A content script may only speak for the page it runs in.
    const urls = (rule.urls as ((r: typeof payload) => string[]) | undefined)?.(payload) ?? [];
    if (!urls.every(speaksFor)) {
      return { ok: false, error: 'url does not match sender' };
    }
    try {
      const handler = handlers[type as N] as (req: typeof payload, ctx: SenderContext) => Promise<Response<MessageName>>;
      const value = await handler(payload, { sender, tabId: sender.tab?.id ?? null });
      return { ok: true, value };
    } catch (error) {
      console.error(`[ai-origin] ${type} failed`, error);
      return { ok: false, error: `${type} failed` };
    }
  };
}
