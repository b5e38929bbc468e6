/**
 * One headless Chromium with one "peer": our extension, the do-nothing one, or none. It visits pages in
 * fresh tabs with a trace running, attaches to the service worker before its script runs (to time the
 * badge and read its heap) and stops the worker on purpose, as Chrome does when it is idle.
 */
import { launchPipe, type Cdp, type CdpEvent } from './cdp-pipe';
import { markedThreadCpu, visitTrace, type TraceEvent, type VisitTrace } from './trace-stats';

export type PeerKind = 'ours' | 'noop' | 'none';

export interface Visit extends VisitTrace {
  /** Page time origin → badge set (ours) or the hello answered (do-nothing); null when neither happened. */
  badgeMs: number | null;
  /** Service workers that started during the visit. */
  workerStarts: number;
  /** The page's DOM at the end, as markup (compared with no extension's). */
  dom: string;
}

export interface VisitOptions {
  /** How long to keep tracing after the load (and the badge), for the worker's and the card's work. */
  settleMs?: number;
  /** An AI page: wait (up to 5 s) for the badge or the do-nothing answer before settling. */
  ai?: boolean;
  /**
   * Time our badge: our worker is paused before its first line to wrap setBadgeText. Being paused under
   * a debugger costs that start V8's code cache (≈ 6 ms of worker CPU measured), so visits that count our
   * worker's CPU or heap do not probe; the do-nothing peer stamps through a plain binding either way.
   */
  badge?: boolean;
  /**
   * Trace the visit (default). Off for visits that only count worker starts and DOM changes: after a
   * worker stop, ending a trace waits ~5 s for the stopped worker's process.
   */
  trace?: boolean;
}

export interface PeerBrowser {
  kind: PeerKind;
  /** The browser's own DevTools connection (pages are not attached unless a caller attaches them). */
  cdp: Cdp;
  visit(url: string, host: string, options?: VisitOptions): Promise<Visit>;
  stopWorker(): Promise<void>;
  /** Used heap of the running worker after a full GC (bytes). */
  workerHeap(): Promise<number>;
  /** A heap snapshot of the running worker after a full GC, as DevTools' JSON (worker-heap.ts reads it). */
  workerHeapSnapshot(): Promise<string>;
  /**
   * Opens `url` in a fresh tab untraced and lets it load and settle, then traces only `act` (given the
   * tab's DevTools session) and `settleMs` after it: the page's main-thread CPU in that window, without the
   * load's own swings (a visit's page CPU varies by more than the card costs).
   */
  traceInPage(url: string, act: (session: string) => Promise<void>, settleMs: number): Promise<number>;
  /** Evaluates in the running worker (wakes nothing: the worker must be running). */
  inWorker<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

const CATEGORIES = ['toplevel', 'devtools.timeline'];
/** Ours sets the badge before it answers the hello: the stamp is taken as setBadgeText is called. */
const WRAP_BADGE = `{ const a = chrome.action, set = a.setBadgeText.bind(a);
  a.setBadgeText = (...x) => (globalThis.__benchStamp(String(performance.timeOrigin + performance.now())), set(...x)); }`;

const isWorkerAttach = (e: CdpEvent) => e.method === 'Target.attachedToTarget' && (e.params.targetInfo as { type: string }).type === 'service_worker';

/**
 * Stops every service worker of the browser, as Chrome does when one is idle. Detaches the bench's session
 * first: a worker with DevTools attached is not stopped by a close (Chrome keeps it for the debugger), and a
 * restarted worker would wait for that session to let it run instead of being attached afresh. A worker
 * that starts again while being stopped (a page's unload hand-off wakes it, by design) is attached by the
 * bench anew, so `session` is asked again on every try: detaching only the session known at the call left
 * that one running, closed in vain 350 times in 10 s (session 9; the "restart loop" session 8 saw).
 * The pause between tries doubles: a worker closed every 20 ms right after a tab closed restarted ~190 times
 * in 10 s, each start cut off before it could finish the work that woke it — Chrome itself never stops a
 * worker that young (30 s idle).
 */
export async function stopServiceWorkers(cdp: Cdp, session: () => string | null): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (let pause = 20; ; pause = Math.min(pause * 2, 640)) {
    const attached = session();
    if (attached) await cdp.send('Target.detachFromTarget', { sessionId: attached }).catch(() => undefined);
    const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'service_worker');
    if (workers.length === 0) return;
    if (Date.now() > deadline) {
      console.warn(`[bench] a service worker could not be stopped in 10 s; open: ${targetInfos.filter((t) => t.type === 'page').map((t) => t.url).join(', ')}`);
      return;
    }
    for (const t of workers) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, pause));
  }
}

export async function launchPeer(kind: PeerKind, extensionDir: string | null, options: { executablePath: string; hostRules: string }): Promise<PeerBrowser> {
  const ext = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions'];
  const cdp: Cdp = await launchPipe({
    executablePath: options.executablePath,
    args: [...ext, `--host-resolver-rules=${options.hostRules}`, '--ignore-certificate-errors', '--lang=ko-KR'],
    env: { ...process.env, LANGUAGE: 'ko_KR' },
  });
  let workerSession: string | null = null;
  let workerStarts = 0;
  let stamp: number | null = null;
  let wrapBadge = false;

  // Every worker start: attached before its first line runs; wrap the badge, then let it go.
  cdp.on((e) => {
    if (!isWorkerAttach(e)) return;
    const s = e.params.sessionId as string;
    workerSession = s;
    if (!e.params.waitingForDebugger) return; // already running when the bench attached
    workerStarts++;
    void (async () => {
      await cdp.send('Runtime.addBinding', { name: '__benchStamp' }, s);
      await cdp.send('Runtime.enable', {}, s);
      if (kind === 'ours' && wrapBadge) {
        await cdp.send('Debugger.enable', {}, s);
        await cdp.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' }, s);
        const paused = cdp.waitFor((p) => p.method === 'Debugger.paused' && p.sessionId === s, 'worker paused before its script');
        await cdp.send('Runtime.runIfWaitingForDebugger', {}, s);
        await paused;
        await cdp.send('Runtime.evaluate', { expression: WRAP_BADGE }, s);
        await cdp.send('Debugger.disable', {}, s); // resumes
      } else await cdp.send('Runtime.runIfWaitingForDebugger', {}, s);
    })().catch(() => undefined);
  });
  cdp.on((e) => {
    if (e.method === 'Runtime.bindingCalled' && e.params.name === '__benchStamp' && stamp === null) stamp = Number(e.params.payload);
    if (e.method === 'Target.detachedFromTarget' && e.params.sessionId === workerSession) workerSession = null;
  });

  const workerTargets = async () => {
    const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets');
    return targetInfos;
  };

  async function stopWorker(): Promise<void> {
    await stopServiceWorkers(cdp, () => workerSession);
    workerSession = null;
  }

  /** A fresh tab on `url`, once its load event fired. */
  async function openTab(url: string): Promise<{ targetId: string; sessionId: string }> {
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    await cdp.send('Page.enable', {}, sessionId);
    const loaded = cdp.waitFor((e) => e.method === 'Page.loadEventFired' && e.sessionId === sessionId, `load of ${url}`);
    await cdp.send('Page.navigate', { url }, sessionId);
    await loaded;
    return { targetId, sessionId };
  }

  /** Starts a trace; the returned function ends it and gives its events. */
  async function startTrace(): Promise<() => Promise<TraceEvent[]>> {
    const events: TraceEvent[] = [];
    const off = cdp.on((e) => void (e.method === 'Tracing.dataCollected' && events.push(...(e.params.value as TraceEvent[]))));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
    return async () => {
      const complete = cdp.waitFor((e) => e.method === 'Tracing.tracingComplete', 'trace');
      await cdp.send('Tracing.end');
      await complete;
      off();
      return events;
    };
  }

  async function visit(url: string, host: string, { settleMs = 1000, ai = true, badge = false, trace = true }: VisitOptions = {}): Promise<Visit> {
    stamp = null;
    wrapBadge = badge;
    const startsBefore = workerStarts;
    const endTrace = trace ? await startTrace() : null;
    const { targetId, sessionId } = await openTab(url);
    // The badge (or the do-nothing answer), when the page is an AI page of an extension peer.
    const deadline = Date.now() + 5_000;
    while (ai && (kind === 'noop' || (kind === 'ours' && badge)) && stamp === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, settleMs));
    const events = endTrace ? await endTrace() : [];
    const { result } = await cdp.send<{ result: { value: { origin: number; dom: string } } }>('Runtime.evaluate', {
      expression: '({ origin: performance.timeOrigin, dom: document.documentElement.outerHTML })', returnByValue: true,
    }, sessionId);
    await cdp.send('Target.closeTarget', { targetId });
    return {
      ...visitTrace(events, host),
      badgeMs: stamp === null ? null : stamp - result.value.origin,
      workerStarts: workerStarts - startsBefore,
      dom: result.value.dom,
    };
  }

  async function traceInPage(url: string, act: (session: string) => Promise<void>, settleMs: number): Promise<number> {
    const { targetId, sessionId } = await openTab(url);
    await new Promise((r) => setTimeout(r, 500));
    const endTrace = await startTrace();
    // Marks the page's main thread in the trace (found by this stamp, not by a parse).
    const mark = `bench-${targetId}`;
    await cdp.send('Runtime.evaluate', { expression: `console.timeStamp(${JSON.stringify(mark)})` }, sessionId);
    await act(sessionId);
    await new Promise((r) => setTimeout(r, settleMs));
    const events = await endTrace();
    await cdp.send('Target.closeTarget', { targetId });
    const cpu = markedThreadCpu(events, mark);
    if (cpu === null) throw new Error(`the page's mark is not in the trace of ${url}`);
    return cpu;
  }

  const inWorker = async <T>(expression: string): Promise<T> => {
    if (!workerSession) throw new Error('no worker running');
    const { result } = await cdp.send<{ result: { value: T } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, workerSession);
    return result.value;
  };

  async function workerHeap(): Promise<number> {
    if (!workerSession) throw new Error('no worker running');
    await cdp.send('HeapProfiler.collectGarbage', {}, workerSession);
    return (await cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, workerSession)).usedSize;
  }

  async function workerHeapSnapshot(): Promise<string> {
    if (!workerSession) throw new Error('no worker running');
    const session = workerSession;
    const chunks: string[] = [];
    const off = cdp.on((e) => {
      if (e.method === 'HeapProfiler.addHeapSnapshotChunk' && e.sessionId === session) chunks.push((e.params as { chunk: string }).chunk);
    });
    await cdp.send('HeapProfiler.collectGarbage', {}, session);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, session);
    off();
    return chunks.join('');
  }

  await cdp.send('Target.setAutoAttach', {
    autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker', exclude: false }, { exclude: true }],
  });
  if (extensionDir) {
    // Install: our worker opens the welcome page and runs its install tasks; let that settle, then close it.
    const deadline = Date.now() + (kind === 'ours' ? 10_000 : 0);
    for (;;) {
      const welcome = (await workerTargets()).filter((t) => t.url.endsWith('/welcome.html'));
      for (const t of welcome) await cdp.send('Target.closeTarget', { targetId: t.targetId });
      if (welcome.length > 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return { kind, cdp, visit, traceInPage, stopWorker, workerHeap, workerHeapSnapshot, inWorker, close: () => cdp.close() };
}
