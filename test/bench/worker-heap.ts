/**
 * `npx tsx test/bench/worker-heap.ts <dir> [dirB…] [--top=N] [--dump=PREFIX]`: what a worker's heap holds after a cold AI
 * visit (after GC), from a DevTools heap snapshot: bytes by node type and the biggest groups by name. A
 * dev aid for issue 19's heap figure (`npm run bench` reports the figure itself). Build with
 * `tsx build.ts --names` to see function names in the "closure" and "code" groups; --dump writes each
 * snapshot (PREFIX-<dir>.heapsnapshot) for DevTools' Memory panel.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { findChromium } from '../../src/build/launch';
import { startFakeSites } from '../e2e/support/fake-sites';
import { launchPeer } from './peer-browser';

interface Snapshot { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] }

/** Self size summed by node type, and by "type: name" (names cut at 60 characters), largest first. */
export function heapGroups(json: string): { total: number; byType: [string, number][]; byName: [string, number][] } {
  const { snapshot, nodes, strings } = JSON.parse(json) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const types = snapshot.meta.node_types[0];
  const byType = new Map<string, number>();
  const byName = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const size = nodes[i + sizeAt]!;
    const type = types[nodes[i + typeAt]!]!;
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '(strings)' : strings[nodes[i + nameAt]!]!.slice(0, 60);
    total += size;
    byType.set(type, (byType.get(type) ?? 0) + size);
    byName.set(`${type}: ${name}`, (byName.get(`${type}: ${name}`) ?? 0) + size);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, byType: sorted(byType), byName: sorted(byName) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 40);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found');
  const sites = await startFakeSites(['chatgpt.com']);
  const url = sites.url('chatgpt.com', '/');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const dir of args.filter((a) => !a.startsWith('--')).map((d) => resolve(d))) {
    const peer = await launchPeer(dir.includes('noop') ? 'noop' : 'ours', dir, { executablePath, hostRules: 'MAP chatgpt.com 127.0.0.1, MAP * ~NOTFOUND' });
    await peer.visit(url, 'chatgpt.com');
    await peer.stopWorker();
    await peer.visit(url, 'chatgpt.com');
    const used = await peer.workerHeap();
    const json = await peer.workerHeapSnapshot();
    const dump = args.find((a) => a.startsWith('--dump='))?.slice(7);
    if (dump) writeFileSync(`${dump}-${basename(dirname(dir))}.heapsnapshot`, json);
    const groups = heapGroups(json);
    console.log(`${dir}\n  used ${kb(used)}; snapshot ${kb(groups.total)}`);
    for (const [type, size] of groups.byType) console.log(`  ${kb(size).padStart(10)}  ${type}`);
    console.log('  biggest groups:');
    for (const [name, size] of groups.byName.slice(0, top)) console.log(`  ${kb(size).padStart(10)}  ${name}`);
    await peer.close();
  }
  await sites.close();
}
