/**
 * A simulated heavy year: 8 h of AI time every day over 20 tools, recorded through the real usage store
 * (15-second segments batched as the content script sends them), then the storage size and the time to
 * compute a weekly summary and the 12-week report from it.
 */
import { loadRegistry } from '../../src/registry/load';
import { MIGRATIONS } from '../../src/background/migration-steps';
import { createStorage } from '../../src/background/storage';
import { addRanges, type ActiveRange } from '../../src/background/usage-update';
import { dayKey } from '../../src/shared/dates';
import { addDays, daysFrom, summarizeWeek, weekStartOf, type ToolMeta } from '../../src/shared/week-summary';
import { createFakeStorage } from '../support/fake-storage';

const DAYS = 365;
const TOOLS = 20;
const HOURS = 8;
const SEGMENT_MS = 15_000;
const BATCH = 40; // a content script's 10 minutes of heartbeats, sent together after an outage

export async function storageYear(): Promise<[string, string][]> {
  return (await storageYearFigures()).rows;
}

/** The rows, and the bytes used (for the side-by-side table). */
export async function storageYearFigures(): Promise<{ bytes: number; rows: [string, string][] }> {
  const { tools } = loadRegistry();
  const ids = tools.slice(0, TOOLS).map((t) => t.id);
  const meta = new Map(tools.map((t) => [t.id, { country: t.country, domestic: t.country === 'KR', category: t.category, foreignModel: false } as ToolMeta]));
  const area = createFakeStorage();
  const first = new Date(2025, 10, 27, 9).getTime();
  let clock = first;
  // Through the storage gateway, as the usage store writes: one transaction per batch. (Not the usage
  // store itself: it imports the registry, a virtual module only the bundles and vitest resolve.)
  // The steps given, not read from the worker's on-need half (which bundles the registry: not in Node).
  const storage = createStorage(area, () => clock, MIGRATIONS);
  const store = {
    recordActive: (ranges: readonly ActiveRange[]) => storage.write((tx) => addRanges(tx, ranges, clock)),
    readDays: (days: string[]) => storage.read((r) => r.days(days)),
  };
  const started = performance.now();
  for (let d = 0; d < DAYS; d++) {
    const dayStart = new Date(2025, 10, 27 + d, 9).getTime();
    const perTool = (HOURS * 3600_000) / TOOLS;
    for (let t = 0; t < TOOLS; t++) {
      const from = dayStart + t * perTool;
      for (let s = 0; s < perTool; s += SEGMENT_MS * BATCH) {
        const ranges = Array.from({ length: BATCH }, (_, k) => from + s + k * SEGMENT_MS)
          .filter((start) => start < from + perTool)
          .map((start) => ({ toolId: ids[t]!, start, end: start + SEGMENT_MS }));
        clock = ranges[ranges.length - 1]!.end;
        await store.recordActive(ranges);
      }
    }
  }
  const recordMs = performance.now() - started;
  const bytes = [...area.data.entries()].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  const dayKeys = [...area.data.keys()].filter((k) => k.startsWith('day:')).length;

  const today = dayKey(clock);
  const weekStart = weekStartOf(clock, 1);
  const days = await store.readDays(daysFrom(addDays(weekStart, -77), 84));
  const runs = 200;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) summarizeWeek(days, weekStart, (id) => meta.get(id) ?? null);
  const weekMs = (performance.now() - t0) / runs;
  const t1 = performance.now();
  for (let i = 0; i < 20; i++) {
    const read = await store.readDays(daysFrom(addDays(weekStart, -77), 84));
    for (let w = 0; w < 12; w++) summarizeWeek(read, addDays(weekStart, -7 * (11 - w)), (id) => meta.get(id) ?? null);
  }
  const reportMs = (performance.now() - t1) / 20;
  return { bytes, rows: [
    ['simulated', `${DAYS} days × ${HOURS} h over ${TOOLS} tools (to ${today})`],
    ['storage used', `${(bytes / 1024).toFixed(1)} KB in ${dayKeys} day keys (+ recent)`],
    ['storage per day', `${(bytes / DAYS / 1024).toFixed(2)} KB`],
    ['recording the year', `${(recordMs / 1000).toFixed(1)} s (${Math.round(recordMs / DAYS)} ms/day of writes)`],
    ['one weekly summary', `${weekMs.toFixed(3)} ms`],
    ['12-week report (read 84 days + summarise)', `${reportMs.toFixed(2)} ms`],
  ] };
}
