/**
 * Checks a downloaded update (signature bytes + file bytes) before anything of it is used: the size,
 * the Ed25519 signature against the bundled public keys (WebCrypto), the header, the sequence, and the
 * same validator the build runs. Pure apart from WebCrypto; every refusal says why.
 */
import { validateRegistry } from '../validate';
import type { Tool } from '../types';
import {
  compareVersions, isVersion, MAX_UPDATE_BYTES, SIGNATURE_BYTES, splitSigned, UPDATE_FORMAT, UPDATE_VERSION,
  type RegistryUpdate,
} from './format';
import type { UpdateResult } from './results';

export interface VerifyContext {
  /** Raw 32-byte Ed25519 public keys, base64: the current and the next signing key. */
  keys: readonly string[];
  extensionVersion: string;
  bundledSequence: number;
  /** The update in use now, if any (its sequence and exact text). */
  accepted: { sequence: number; text: string } | null;
  subtle?: SubtleCrypto;
  /** Only for a stored update this same extension version validated when it arrived. */
  skipValidation?: boolean;
}

export type Verified =
  | { ok: true; update: RegistryUpdate; text: string }
  | { ok: false; result: Exclude<UpdateResult, 'updated'>; detail?: string };

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HEADER_KEYS = ['format', 'version', 'sequence', 'date', 'minExtensionVersion', 'tools'];

export const fromBase64 = (b64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** True when any of the keys verifies the signature; 'unsupported' when the browser lacks Ed25519. */
export async function checkSignature(
  file: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>, keys: readonly string[], subtle: SubtleCrypto = crypto.subtle,
): Promise<boolean | 'unsupported'> {
  let imported = 0;
  for (const key of keys) {
    let publicKey: CryptoKey;
    try {
      const raw = fromBase64(key);
      if (raw.length !== 32) continue;
      publicKey = await subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    } catch {
      continue;
    }
    imported++;
    if (await subtle.verify({ name: 'Ed25519' }, publicKey, signature, file).catch(() => false)) return true;
  }
  return imported === 0 ? 'unsupported' : false;
}

/** Verifies one downloaded body (signature + file). Never throws. */
export async function verifyUpdate(bytes: Uint8Array<ArrayBuffer>, ctx: VerifyContext): Promise<Verified> {
  if (bytes.length > SIGNATURE_BYTES + MAX_UPDATE_BYTES) return { ok: false, result: 'too-large' };
  const parts = splitSigned(bytes);
  if (!parts) return { ok: false, result: 'malformed', detail: 'shorter than a signature' };
  // Nothing of the file is read before the signature holds.
  const signed = await checkSignature(parts.file, parts.signature, ctx.keys, ctx.subtle);
  if (signed === 'unsupported') return { ok: false, result: 'unsupported' };
  if (!signed) return { ok: false, result: 'signature' };

  let text: string;
  let raw: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(parts.file);
    raw = JSON.parse(text);
  } catch {
    return { ok: false, result: 'malformed', detail: 'not UTF-8 JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, result: 'malformed', detail: 'not an object' };
  const file = raw as Record<string, unknown>;
  if (file.format !== UPDATE_FORMAT || !Number.isSafeInteger(file.version) || (file.version as number) < 1) {
    return { ok: false, result: 'malformed', detail: 'not a registry update' };
  }
  if ((file.version as number) > UPDATE_VERSION) return { ok: false, result: 'newer-format', detail: `version ${String(file.version)}` };
  const keys = Object.keys(file);
  if (keys.length !== HEADER_KEYS.length || !HEADER_KEYS.every((k, i) => keys[i] === k)) return { ok: false, result: 'malformed', detail: 'unexpected keys' };
  const { sequence, date, minExtensionVersion, tools } = file;
  if (!Number.isSafeInteger(sequence) || (sequence as number) < 1 || typeof date !== 'string' || !DAY.test(date) ||
      !isVersion(minExtensionVersion) || !Array.isArray(tools)) {
    return { ok: false, result: 'malformed', detail: 'bad header' };
  }
  if (compareVersions(minExtensionVersion, ctx.extensionVersion) > 0) {
    return { ok: false, result: 'needs-newer-extension', detail: `needs ${minExtensionVersion}` };
  }
  const seq = sequence as number;
  if (ctx.accepted && seq === ctx.accepted.sequence && text === ctx.accepted.text) return { ok: false, result: 'current' };
  if (seq <= ctx.bundledSequence && ctx.bundledSequence >= (ctx.accepted?.sequence ?? 0)) {
    return { ok: false, result: 'bundled-newer', detail: `sequence ${seq} ≤ built-in ${ctx.bundledSequence}` };
  }
  if (seq <= Math.max(ctx.bundledSequence, ctx.accepted?.sequence ?? 0)) return { ok: false, result: 'older', detail: `sequence ${seq}` };
  const { errors } = ctx.skipValidation ? { errors: [] } : validateRegistry(tools);
  if (errors.length > 0) return { ok: false, result: 'invalid', detail: errors[0]!.slice(0, 300) };
  return { ok: true, text, update: { sequence: seq, date, minExtensionVersion, tools: tools as Tool[] } };
}
