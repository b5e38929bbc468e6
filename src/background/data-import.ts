/**
 * Import of a JSON export: validated (a bad file throws and changes nothing), planned by the pure
 * merge, and applied in ONE storage transaction (days, ledger and switches together, in the same write
 * queue as everything else), so a worker stopped mid-import either imported the file or did not, and a
 * switch recorded meanwhile is not lost. An import must leave room for counting: it is refused when
 * storage would be left with less than the headroom.
 */
import { latestImportDay, parseExportFile, type ImportError } from '../shared/export-format';
import { planImport } from '../shared/export-merge';
import type { ImportResult, SwitchRecord } from '../shared/report-types';
import { dayKey } from '../shared/dates';
import { dayStorageKey } from '../shared/usage';
import { addDays } from '../shared/week-summary';
import { profileId } from './data-profile';
import type { Deps } from './deps';
import { fitsWithHeadroom } from './storage-space';
import { MAX_SWITCHES } from '../shared/report-types';
import { RETENTION_DAYS } from './storage-repair';

export class ImportRejected extends Error {
  constructor(readonly reason: ImportError) {
    super(`import file rejected: ${JSON.stringify(reason)}`);
  }
}

const size = (v: unknown): number => (v === undefined ? 0 : JSON.stringify(v).length);

export async function importFile({ storage, now }: Deps, raw: unknown, apply: boolean): Promise<ImportResult> {
  const parsed = parseExportFile(raw, latestImportDay(now()));
  if (!parsed.ok) throw new ImportRejected(parsed.error);
  const { file } = parsed;
  return storage.write(async (tx) => {
    const own = await profileId(tx);
    const local = await tx.days(Object.keys(file.days));
    const ledger = (await tx.get('imports')) ?? {};
    const localSwitches = (await tx.get('switches')) ?? [];
    const oldest = addDays(dayKey(now()), -RETENTION_DAYS);
    const plan = planImport(local, file, own, ledger, oldest, localSwitches);

    const imports = plan.ledger ? { ...ledger, [file.profileId]: plan.ledger } : null;
    const switches: SwitchRecord[] | null = plan.switches.length > 0
      ? [...localSwitches, ...plan.switches].sort((a, b) => a.at - b.at).slice(-MAX_SWITCHES) : null;
    // What the write adds to storage, measured like Chrome does (key + JSON value).
    let growth = 0;
    for (const [day, bucket] of Object.entries(plan.days)) growth += size(bucket) - size(local[day]) + dayStorageKey(day).length;
    if (imports) growth += size(imports) - size(ledger);
    if (switches) growth += size(switches) - size(localSwitches);
    if (!fitsWithHeadroom(await storage.space(), growth)) throw new ImportRejected({ code: 'space' });

    if (apply) {
      for (const [day, bucket] of Object.entries(plan.days)) tx.setDay(day, bucket);
      if (imports) tx.set('imports', imports);
      if (switches) tx.set('switches', switches);
    }
    return { applied: apply, ...plan.summary };
  });
}
