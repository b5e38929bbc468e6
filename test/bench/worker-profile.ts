/**
 * `npx tsx test/bench/worker-profile.ts [extensionDir] [runs]`: where a cold worker's start goes. Stops the
 * worker, visits an AI page, and CPU-profiles the worker from before its first line to 1.5 s after; prints
 * self time per function (summed over the runs), heaviest first. A development aid for issue 19 (the
 * figures that count are `npm run bench`'s); not part of the test suite.
 */
import { resolve } from 'node:path';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { launchPipe } from './cdp-pipe';
import { stopServiceWorkers } from './peer-browser';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const dir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../dist/chrome'));
const runs = Number(process.argv[3] ?? 5);
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium found');
const sites = await startFakeSites(['chatgpt.com']);
const cdp = await launchPipe({
  executablePath,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--host-resolver-rules=MAP chatgpt.com 127.0.0.1, MAP * ~NOTFOUND', '--ignore-certificate-errors', '--lang=ko-KR'],
  env: { ...process.env, LANGUAGE: 'ko_KR' },
});
let profiling: ((session: string) => Promise<void>) | null = null;
let attached: string | null = null;
cdp.on((e) => {
  if (e.method !== 'Target.attachedToTarget' || (e.params.targetInfo as { type: string }).type !== 'service_worker') return;
  const s = e.params.sessionId as string;
  attached = s;
  void (profiling ? profiling(s) : cdp.send('Runtime.runIfWaitingForDebugger', {}, s));
});
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'service_worker', exclude: false }, { exclude: true }] });

const targets = async () => (await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>('Target.getTargets')).targetInfos;
async function stopWorker() {
  await stopServiceWorkers(cdp, () => attached);
  attached = null;
}
async function visit(url: string) {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url });
  await new Promise((r) => setTimeout(r, 1500));
  await cdp.send('Target.closeTarget', { targetId });
}

await visit(sites.url('chatgpt.com', '/')); // install, welcome page, caches
for (const t of (await targets()).filter((t) => t.url.endsWith('/welcome.html'))) await cdp.send('Target.closeTarget', { targetId: t.targetId });

const self = new Map<string, number>();
let total = 0;
for (let run = 0; run < runs; run++) {
  await stopWorker();
  let session = '';
  profiling = async (s) => {
    session = s;
    await cdp.send('Profiler.enable', {}, s);
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 }, s);
    await cdp.send('Profiler.start', {}, s);
    await cdp.send('Runtime.runIfWaitingForDebugger', {}, s);
  };
  await visit(sites.url('chatgpt.com', '/'));
  profiling = null;
  const { profile } = await cdp.send<{ profile: Profile }>('Profiler.stop', {}, session);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') return;
    const ms = profile.timeDeltas[i]! / 1000;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
  });
}
console.log(`worker CPU in profile, mean per cold start: ${(total / runs).toFixed(1)} ms`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(ms / runs).toFixed(2).padStart(7)} ms  ${key}`);
await cdp.close();
await sites.close();
