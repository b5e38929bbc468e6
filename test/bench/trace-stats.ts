/**
 * Reads a Chrome trace (the events Tracing.dataCollected delivered) for the figures of one visit:
 * CPU time on the extension's service-worker thread, CPU time and long tasks on the page's main thread.
 * A "task" is a top-level `ThreadControllerImpl::RunTask` (category toplevel); `tdur` is its thread
 * (CPU) time, `dur` its wall time — a long task is one whose wall time exceeds 50 ms, as the Long Tasks
 * API counts them.
 */
export interface TraceEvent { name: string; cat: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: Record<string, unknown> }

export interface VisitTrace {
  /** CPU ms of every task on threads named "ServiceWorker thread" (only our extension has one). */
  workerCpuMs: number;
  /** CPU ms of the main thread of the renderer that parsed `host`'s page. */
  pageCpuMs: number;
  /** Tasks over 50 ms of wall time on that thread. */
  longTasks: number;
}

const LONG_TASK_MS = 50;
const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

/** Top-level tasks in time order, only outermost ones: a nested message loop runs tasks inside another. */
function outermostTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const endOf = new Map<string, number>();
  const out: TraceEvent[] = [];
  for (const e of [...events].filter(isTask).sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (endOf.get(thread) ?? -Infinity)) continue;
    endOf.set(thread, e.ts + (e.dur ?? 0));
    out.push(e);
  }
  return out;
}

const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

export function visitTrace(events: readonly TraceEvent[], host: string): VisitTrace {
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  // The page's main thread: where its HTML was parsed.
  const parse = events.find((e) => e.name === 'ParseHTML' && String((e.args?.beginData as { url?: string } | undefined)?.url ?? '').includes(host));
  const pageThread = parse ? `${parse.pid}:${parse.tid}` : null;
  let workerCpuMs = 0;
  let pageCpuMs = 0;
  let longTasks = 0;
  for (const e of outermostTasks(events)) {
    const thread = `${e.pid}:${e.tid}`;
    const cpu = cpuOf(e);
    if (threadNames.get(thread) === 'ServiceWorker thread') workerCpuMs += cpu;
    if (thread === pageThread) {
      pageCpuMs += cpu;
      if ((e.dur ?? 0) / 1000 > LONG_TASK_MS) longTasks++;
    }
  }
  return { workerCpuMs, pageCpuMs, longTasks };
}

/**
 * CPU ms of the thread where the page ran `console.timeStamp(mark)` (a trace of a page already loaded has
 * no parse to find its main thread by); null when the mark is not in the trace.
 */
export function markedThreadCpu(events: readonly TraceEvent[], mark: string): number | null {
  const stamp = events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === mark);
  if (!stamp) return null;
  return outermostTasks(events).filter((e) => e.pid === stamp.pid && e.tid === stamp.tid).reduce((sum, e) => sum + cpuOf(e), 0);
}
