/** This browser profile's random id (created on first need): tells your own backup from another's file. */
import type { StorageArea } from './usage-store';

export const PROFILE_KEY = 'profileId';

export async function profileId(area: StorageArea): Promise<string> {
  const stored = (await area.get(PROFILE_KEY))[PROFILE_KEY];
  if (typeof stored === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(stored)) return stored;
  const id = crypto.randomUUID();
  await area.set({ [PROFILE_KEY]: id });
  return id;
}
