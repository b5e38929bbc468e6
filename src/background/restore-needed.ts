/**
 * Whether this worker start must bring the registry's layers back before answering lookups: an accepted
 * registry update or her own registry (entries, corrections, "not AI" marks) is stored, or updates are on
 * (their alarm is re-armed with the restore). Most users have none of these: their starts skip the
 * worker's on-need half (more.ts) altogether.
 */
import type { Deps } from './deps';

export async function restoreNeeded({ storage, settings }: Pick<Deps, 'storage' | 'settings'>): Promise<boolean> {
  const [update, personal, current] = await Promise.all([
    storage.read((r) => r.get('registryUpdate')),
    storage.read((r) => r.get('personal')),
    settings.read(),
  ]);
  const mine = personal && (personal.entries.length > 0 || personal.notAi.length > 0 || Object.keys(personal.corrections).length > 0);
  return Boolean(update || mine || current.registryUpdates);
}
