/**
 * One update check, start to finish: download (one request), verify, and — only if everything holds —
 * store the update and put it in use. Any failure leaves the stored update and the registry in use
 * exactly as they were and records why ("마지막 확인: …, 결과: …"). Also restores the accepted update on
 * worker start, verifying it again. Everything it needs is passed in, so tests drive it with fakes.
 */
import { joinSigned, MAX_UPDATE_BYTES, SIGNATURE_BYTES, type RegistryUpdate } from '../registry/update/format';
import { fromBase64, verifyUpdate } from '../registry/update/verify';
import { downloadUpdate } from './registry-update-download';
import type { StoredCheck, StoredUpdate } from './registry-update-keys';
import type { Storage } from './storage';

export interface UpdateEnv {
  storage: Storage;
  now: () => number;
  url: string;
  keys: readonly string[];
  extensionVersion: string;
  bundledSequence: number;
  /** Puts an update in use (the registry seam), or the bundled registry again with null. */
  use: (update: RegistryUpdate | null) => Promise<void>;
  fetch?: typeof fetch;
  subtle?: SubtleCrypto;
}

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const encoder = new TextEncoder();

/** Runs one check and returns what it recorded. Never throws for anything the network sends. */
export async function checkForUpdate(env: UpdateEnv): Promise<StoredCheck> {
  const accepted = await env.storage.read((r) => r.get('registryUpdate'));
  const download = await downloadUpdate(env.url, SIGNATURE_BYTES + MAX_UPDATE_BYTES, env.fetch);
  const verdict = download.ok
    ? await verifyUpdate(download.bytes, {
      keys: env.keys,
      extensionVersion: env.extensionVersion,
      bundledSequence: env.bundledSequence,
      accepted: accepted ? { sequence: accepted.sequence, text: accepted.text } : null,
      ...(env.subtle ? { subtle: env.subtle } : {}),
    })
    : download;
  const at = env.now();
  if (!verdict.ok) {
    const check: StoredCheck = { at, result: verdict.result, ...('detail' in verdict && verdict.detail ? { detail: verdict.detail } : {}) };
    await env.storage.write(async (tx) => tx.set('registryCheck', check));
    return check;
  }
  const check: StoredCheck = { at, result: 'updated' };
  const stored: StoredUpdate = {
    sequence: verdict.update.sequence,
    date: verdict.update.date,
    text: verdict.text,
    signature: toBase64((download as { bytes: Uint8Array }).bytes.subarray(0, SIGNATURE_BYTES)),
    validatedBy: env.extensionVersion,
  };
  const kept = await env.storage.write(async (tx) => {
    // Turned off while the file was on its way: keep nothing of it.
    if (!(await tx.get('settings'))?.registryUpdates) return false;
    tx.set('registryUpdate', stored);
    tx.set('registryCheck', check);
    return true;
  });
  if (kept) await env.use(verdict.update);
  return check;
}

/**
 * On worker start: the accepted update again, verified against today's keys and bundled registry (an
 * extension update may have brought newer data or retired a key). What no longer holds is removed.
 * `found`: an update was stored (kept or dropped) — only then can registered scripts be out of step.
 */
export async function restoreUpdate(env: UpdateEnv): Promise<{ update: RegistryUpdate | null; found: boolean }> {
  const [stored, settings] = await env.storage.read(async (r) => [await r.get('registryUpdate'), await r.get('settings')] as const);
  if (!stored) return await env.use(null), { update: null, found: false };
  let update: RegistryUpdate | null = null;
  if (settings?.registryUpdates) {
    const verdict = await verifyUpdate(joinSigned(fromBase64(stored.signature), encoder.encode(stored.text)), {
      keys: env.keys, extensionVersion: env.extensionVersion, bundledSequence: env.bundledSequence, accepted: null,
      // Validated by this very version when it arrived: the signature alone proves it is unchanged.
      skipValidation: stored.validatedBy === env.extensionVersion,
      ...(env.subtle ? { subtle: env.subtle } : {}),
    });
    if (verdict.ok) update = verdict.update;
  }
  if (!update) {
    await env.storage.write(async (tx) => tx.remove(['registryUpdate']));
    await env.use(null);
    return { update: null, found: true };
  }
  if (stored.validatedBy !== env.extensionVersion) {
    await env.storage.write(async (tx) => tx.set('registryUpdate', { ...stored, validatedBy: env.extensionVersion }));
  }
  await env.use(update);
  return { update, found: true };
}
