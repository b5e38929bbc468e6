// exploratory: worker-thread trace events for cold visits
import { resolve } from 'node:path';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { launchPipe } from './cdp-pipe';
import { stopServiceWorkers } from './peer-browser';
interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown>; cat: string }
const dir = resolve(process.argv[2]!);
const runs = Number(process.argv[3] ?? 3);
const sites = await startFakeSites(['chatgpt.com']);
const cdp = await launchPipe({ executablePath: findChromium()!, args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--host-resolver-rules=MAP chatgpt.com 127.0.0.1, MAP * ~NOTFOUND', '--ignore-certificate-errors', '--lang=ko-KR'], env: { ...process.env, LANGUAGE: 'ko_KR' } });
let attached: string | null = null;
cdp.on((e) => { if (e.method === 'Target.attachedToTarget' && (e.params.targetInfo as { type: string }).type === 'service_worker') { attached = e.params.sessionId as string; void cdp.send('Runtime.runIfWaitingForDebugger', {}, attached); } });
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true, filter: [{ type: 'service_worker', exclude: false }, { exclude: true }] });
async function visit() { const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: sites.url('chatgpt.com', '/') }); await new Promise((r) => setTimeout(r, 1500)); await cdp.send('Target.closeTarget', { targetId }); }
await visit();
const agg = new Map<string, number[]>();
for (let run = 0; run < runs; run++) {
  await stopServiceWorkers(cdp, attached); attached = null;
  const events: Ev[] = [];
  const off = cdp.on((e) => void (e.method === 'Tracing.dataCollected' && events.push(...(e.params.value as Ev[]))));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink', 'extensions', 'ServiceWorker', 'disabled-by-default-devtools.timeline'], recordMode: 'recordAsMuchAsPossible' } });
  await visit();
  const done = cdp.waitFor((e) => e.method === 'Tracing.tracingComplete', 'trace'); await cdp.send('Tracing.end'); await done; off();
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  const w = events.filter((e) => names.get(`${e.pid}:${e.tid}`) === 'ServiceWorker thread' && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const sums = new Map<string, number>();
  for (const e of w) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  for (const [k, v] of sums) agg.set(k, [...(agg.get(k) ?? []), v]);
  if (run === 0 && process.env.DUMP) { const t0 = w[0]?.ts ?? 0; for (const e of w) if ((e.tdur ?? e.dur ?? 0) > 100) console.log(((e.ts - t0) / 1000).toFixed(2).padStart(8), ((e.tdur ?? e.dur ?? 0) / 1000).toFixed(2).padStart(7), e.name, JSON.stringify(e.args ?? {}).slice(0, 160)); }
}
for (const [k, v] of [...agg].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y)).slice(0, 40)) console.log((v.reduce((x, y) => x + y) / runs).toFixed(2).padStart(7), k);
await cdp.close(); await sites.close();
