/**
 * The two storage keys of registry updates (declared in storage-keys.ts, read defensively here):
 *   registryUpdate  the accepted update: its exact text and signature, re-verified on every worker start
 *   registryCheck   the last check: when, and what came of it (settings shows it)
 * Both survive "delete all data": they say nothing about the user's use of AI tools.
 */
import { MAX_UPDATE_BYTES } from '../registry/update/format';
import { UPDATE_RESULTS, type UpdateResult } from '../registry/update/results';
import { isObj } from '../shared/guards';
import type { KeySpec } from './storage-keys';

export interface StoredUpdate {
  sequence: number;
  date: string;
  /** The update file, exactly as signed. */
  text: string;
  /** The raw 64-byte Ed25519 signature, base64. */
  signature: string;
  /** The extension version that validated it (another version validates it again). */
  validatedBy: string;
}

export interface StoredCheck {
  at: number;
  result: UpdateResult;
  /** A developer's detail (which header field, the validator's first error…), not shown as is. */
  detail?: string;
}


export const REGISTRY_UPDATE_KEY: KeySpec<StoredUpdate> = {
  kept: true,
  read: (raw) => {
    if (!isObj(raw)) return undefined;
    const { sequence, date, text, signature, validatedBy } = raw;
    if (!Number.isSafeInteger(sequence) || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
    if (typeof text !== 'string' || text.length > MAX_UPDATE_BYTES || typeof signature !== 'string' || !/^[A-Za-z0-9+/]{86}==$/.test(signature)) return undefined;
    if (typeof validatedBy !== 'string' || validatedBy.length > 32) return undefined;
    return { sequence: sequence as number, date, text, signature, validatedBy };
  },
};

export const REGISTRY_CHECK_KEY: KeySpec<StoredCheck> = {
  kept: true,
  read: (raw) => {
    if (!isObj(raw) || !Number.isFinite(raw.at) || !(UPDATE_RESULTS as readonly unknown[]).includes(raw.result)) return undefined;
    return {
      at: raw.at as number,
      result: raw.result as UpdateResult,
      ...(typeof raw.detail === 'string' ? { detail: raw.detail.slice(0, 300) } : {}),
    };
  },
};
