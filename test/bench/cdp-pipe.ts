/**
 * A bare Chrome DevTools Protocol client over `--remote-debugging-pipe` (fd 3 in, fd 4 out, messages
 * ending in NUL), with flat sessions. The bench needs what Playwright does not expose: attaching to a
 * service worker *before* its script runs (auto-attach + waitForDebuggerOnStart), tracing across every
 * process, and the worker's own heap. No dependency beyond Node.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
export interface CdpEvent { method: string; params: Params; sessionId?: string }
type Listener = (event: CdpEvent) => void;

export interface Cdp {
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>;
  on(listener: Listener): () => void;
  /** Resolves with the first event that satisfies `match` (rejects after `timeoutMs`). */
  waitFor(match: (e: CdpEvent) => boolean, what: string, timeoutMs?: number): Promise<CdpEvent>;
  close(): Promise<void>;
}

export interface LaunchOptions { executablePath: string; args: string[]; env?: NodeJS.ProcessEnv }

export async function launchPipe({ executablePath, args, env }: LaunchOptions): Promise<Cdp> {
  const profile = mkdtempSync(join(tmpdir(), 'ai-origin-bench-profile-'));
  const child: ChildProcess = spawn(executablePath, [
    '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-sandbox', '--disable-gpu',
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-quic', '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows', '--disable-features=Translate,MediaRouter', '--mute-audio',
    '--window-size=1280,800', ...args, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], env: env ?? process.env });
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: Params) => void; reject: (e: Error) => void; method: string }>();
  const listeners = new Set<Listener>();
  let buffer = '';
  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as { id?: number; result?: Params; error?: { message: string }; method?: string; params?: Params; sessionId?: string };
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) p?.reject(new Error(`${p.method}: ${message.error.message}`));
        else p?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const l of [...listeners]) l({ method: message.method, params: message.params ?? {}, sessionId: message.sessionId });
      }
    }
  });

  const cdp: Cdp = {
    send<T>(method: string, params: Params = {}, sessionId?: string) {
      const id = nextId++;
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: Params) => void, reject, method }));
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    waitFor(match, what, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => (off(), reject(new Error(`timed out waiting for ${what}`))), timeoutMs);
        const off = cdp.on((e) => {
          if (!match(e)) return;
          clearTimeout(timer);
          off();
          resolve(e);
        });
      });
    },
    async close() {
      await cdp.send('Browser.close').catch(() => undefined);
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return cdp;
}
