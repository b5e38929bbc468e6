/**
 * Import of a JSON export: validated (a bad file throws and changes nothing), planned by the pure
 * merge, and applied in ONE storage transaction (days, ledger and switches together, in the same write
 * queue as everything else), so a worker stopped mid-import either imported the file or did not, and a
 * switch recorded meanwhile is not lost. An import must leave room for counting: it is refused when
 * storage would be left with less than the headroom. Her own registry in the file (entries, corrections,
 * "not AI" marks) is merged into hers in the same transaction — hers win — and then becomes the lookup
 * layer; an imported entry is labelled at once and counted again once she grants its site on this profile.
 */
import { latestImportDay, parseExportFile, type ImportError } from '../shared/export-format';
import { planImport } from '../shared/export-merge';
import type { ImportResult, SwitchRecord } from '../shared/report-types';
import { dayKey } from '../shared/dates';
import { dayStorageKey } from '../shared/usage';
import { addDays } from '../shared/week-summary';
import { profileId } from './data-profile';
import { userRegistryFor } from './personal-handlers';
import { mergePersonal } from './user-registry';
import { EMPTY_PERSONAL } from '../shared/personal';
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

export async function importFile(deps: Deps, raw: unknown, apply: boolean): Promise<ImportResult> {
  const { storage, now } = deps;
  const parsed = parseExportFile(raw, latestImportDay(now()));
  if (!parsed.ok) throw new ImportRejected(parsed.error);
  const { file } = parsed;
  const result = await storage.write(async (tx) => {
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
    const localPersonal = (await tx.get('personal')) ?? EMPTY_PERSONAL;
    const personal = file.personal ? mergePersonal(localPersonal, file.personal) : null;
    const personalChanged = personal !== null && JSON.stringify(personal) !== JSON.stringify(localPersonal);
    if (personalChanged) growth += size(personal) - size(localPersonal);
    if (!fitsWithHeadroom(await storage.space(), growth)) throw new ImportRejected({ code: 'space' });

    if (apply) {
      for (const [day, bucket] of Object.entries(plan.days)) tx.setDay(day, bucket);
      if (imports) tx.set('imports', imports);
      if (switches) tx.set('switches', switches);
      if (personalChanged) tx.set('personal', personal);
    }
    return { result: { applied: apply, ...plan.summary }, personalChanged: apply && personalChanged };
  });
  // Her layer follows what storage now holds (labels at once; scripts only where she granted the site).
  if (result.personalChanged) await userRegistryFor(deps).reload();
  return result.result;
}
