/**
 * Whether this worker start must bring the registry's layers back before answering lookups: an accepted
 * registry update or her own registry (entries, corrections, "not AI" marks) is stored, or updates are on
 * (their alarm is re-armed with the restore). Most users have none of these: their starts skip the
 * worker's on-need half (more.ts) altogether.
 */
import { isObj } from '../shared/guards';
import type { Deps } from './deps';

export async function restoreNeeded({ storage, settings }: Pick<Deps, 'storage' | 'settings'>): Promise<boolean> {
  const [update, personal, current] = await Promise.all([
    storage.read((r) => r.get('registryUpdate')),
    // A peek, not a read: her registry's parser comes with the on-need half, which validates it on restore.
    // Anything there that is not plainly empty loads it; a damaged value then reads as nothing there.
    storage.read((r) => r.peek('personal')),
    settings.read(),
  ]);
  return Boolean(update || !plainlyEmpty(personal) || current.registryUpdates);
}

const plainlyEmpty = (raw: unknown): boolean => raw === undefined || (isObj(raw) && [raw.entries, raw.notAi].every((v) => Array.isArray(v) && v.length === 0)
  && isObj(raw.corrections) && Object.keys(raw.corrections).length === 0);
