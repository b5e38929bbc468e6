/** Builds the JSON export: every stored day, switches and settings, versioned and labelled. */
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../shared/export-format';
import { DAY_PREFIX, type DayBucket } from '../shared/usage';
import { profileId } from './data-profile';
import type { Deps } from './deps';
import { readDayBucket } from './usage-parse';

/** Every `day:` key in storage, parsed (invalid entries dropped, as everywhere else). */
export async function allDays(area: Deps['area']): Promise<Record<string, DayBucket>> {
  const all = await area.get(null);
  const days: Record<string, DayBucket> = {};
  for (const key of Object.keys(all).sort()) {
    if (!key.startsWith(DAY_PREFIX)) continue;
    const bucket = readDayBucket(all[key]);
    if (Object.keys(bucket).length > 0) days[key.slice(DAY_PREFIX.length)] = bucket;
  }
  return days;
}

export async function buildExport({ area, settings, switches, now }: Deps): Promise<ExportFile> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportId: crypto.randomUUID(),
    profileId: await profileId(area),
    exportedAt: new Date(now()).toISOString(),
    days: await allDays(area),
    switches: await switches.read(),
    settings: await settings.read(),
  };
}
