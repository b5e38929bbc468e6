/** Builds the JSON export: every stored day, switches, settings and her own registry, versioned and labelled. */
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../shared/export-format';
import { EMPTY_PERSONAL } from '../shared/personal';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { profileId } from './data-profile';
import type { Deps } from './deps';

export function buildExport({ storage, now }: Deps): Promise<ExportFile> {
  // A write transaction: the profile id may be created here, and the export sees one consistent state.
  return storage.write(async (tx) => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportId: crypto.randomUUID(),
    profileId: await profileId(tx),
    exportedAt: new Date(now()).toISOString(),
    days: await tx.allDays(),
    switches: (await tx.get('switches')) ?? [],
    settings: (await tx.get('settings')) ?? DEFAULT_SETTINGS,
    personal: (await tx.get('personal')) ?? EMPTY_PERSONAL,
  }));
}
