/**
 * Import of a JSON export: validated (a bad file throws and changes nothing), planned by the pure
 * merge, and applied in ONE storage write (days, ledger and switches together), so a worker stopped
 * mid-import either imported the file or did not.
 */
import { parseExportFile, type ImportError } from '../shared/export-format';
import { planImport, type Ledger } from '../shared/export-merge';
import type { ImportResult, SwitchRecord } from '../shared/report-types';
import { dayKey } from '../shared/dates';
import { dayStorageKey } from '../shared/usage';
import { addDays } from '../shared/week-summary';
import { profileId } from './data-profile';
import type { Deps } from './deps';
import { RETENTION_DAYS } from './storage-repair';
import { SWITCHES_KEY } from './switch-store';
import { readDayBucket } from './usage-parse';

export const IMPORTS_KEY = 'imports';
const MAX_SWITCHES = 1000;

export class ImportRejected extends Error {
  constructor(readonly reason: ImportError) {
    super(`import file rejected: ${JSON.stringify(reason)}`);
  }
}

/** Our own ledger, read defensively like every stored value. */
function readLedger(raw: unknown): Ledger {
  const ledger: Ledger = {};
  if (typeof raw !== 'object' || raw === null) return ledger;
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[A-Za-z0-9-]{8,64}$/.test(id) || typeof entry !== 'object' || entry === null) continue;
    const { days, exportIds } = entry as { days?: unknown; exportIds?: unknown };
    const clean: Ledger[string] = { days: {}, exportIds: Array.isArray(exportIds) ? exportIds.filter((x): x is string => typeof x === 'string') : [] };
    if (typeof days === 'object' && days !== null) {
      for (const [day, bucket] of Object.entries(days)) if (/^\d{4}-\d{2}-\d{2}$/.test(day)) clean.days[day] = readDayBucket(bucket);
    }
    ledger[id] = clean;
  }
  return ledger;
}

export async function importFile({ area, switches, now }: Deps, raw: unknown, apply: boolean): Promise<ImportResult> {
  const parsed = parseExportFile(raw);
  if (!parsed.ok) throw new ImportRejected(parsed.error);
  const { file } = parsed;
  const own = await profileId(area);
  const dayKeys = Object.keys(file.days).map(dayStorageKey);
  const stored = await area.get([...dayKeys, IMPORTS_KEY]);
  const local = Object.fromEntries(Object.keys(file.days).map((d) => [d, readDayBucket(stored[dayStorageKey(d)])]));
  const ledger = readLedger(stored[IMPORTS_KEY]);
  const localSwitches = await switches.read();
  const oldest = addDays(dayKey(now()), -RETENTION_DAYS);
  const plan = planImport(local, file, own, ledger, oldest, localSwitches);

  if (apply) {
    const set: Record<string, unknown> = {};
    for (const [day, bucket] of Object.entries(plan.days)) set[dayStorageKey(day)] = bucket;
    if (plan.ledger) set[IMPORTS_KEY] = { ...ledger, [file.profileId]: plan.ledger };
    if (plan.switches.length > 0) {
      const merged: SwitchRecord[] = [...localSwitches, ...plan.switches].sort((a, b) => a.at - b.at);
      set[SWITCHES_KEY] = merged.slice(-MAX_SWITCHES);
    }
    if (Object.keys(set).length > 0) await area.set(set);
  }
  return { applied: apply, ...plan.summary };
}
