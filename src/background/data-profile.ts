/** This browser profile's random id (created on first need): tells your own backup from another's file. */
import type { Tx } from './storage';

/** Inside a transaction, so two first-time callers cannot create two different ids. */
export async function profileId(tx: Tx): Promise<string> {
  const stored = await tx.get('profileId');
  if (stored) return stored;
  const id = crypto.randomUUID();
  tx.set('profileId', id);
  return id;
}
