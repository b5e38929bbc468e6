/**
 * The signed registry update: one compact JSON file (the registry in its shipped shape plus a header)
 * and a detached Ed25519 signature over its exact bytes. The static host serves both in ONE file —
 * the 64 signature bytes, then the update file's bytes — so a check is a single request.
 *   {"format":"ai-origin-registry-update","version":1,"sequence":7,"date":"2026-11-28",
 *    "minExtensionVersion":"0.1.0","tools":[…]}
 */
import type { Tool } from '../types';

export const UPDATE_FORMAT = 'ai-origin-registry-update';
/** The file format this code understands; a file with a higher version is refused, not guessed at. */
export const UPDATE_VERSION = 1;
export const SIGNATURE_BYTES = 64;
/** Far above today's registry (~420 KB for 360 tools) and far below storage.local's 10 MB. */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;

export interface UpdateMeta {
  /** Strictly increasing with every publication; the bundled registry carries one too. */
  sequence: number;
  /** YYYY-MM-DD the publication was prepared (shown to the user: "업데이트된 정보 · 11월 28일"). */
  date: string;
  /** The lowest extension version that understands this file. */
  minExtensionVersion: string;
}

export interface RegistryUpdate extends UpdateMeta { tools: Tool[] }

/** The update file's text: compact, keys in a fixed order, so the same inputs give the same bytes. */
export function encodeUpdate(tools: readonly Tool[], meta: UpdateMeta): string {
  return JSON.stringify({
    format: UPDATE_FORMAT,
    version: UPDATE_VERSION,
    sequence: meta.sequence,
    date: meta.date,
    minExtensionVersion: meta.minExtensionVersion,
    tools,
  });
}

/** What the static host serves: signature, then the file. */
export function joinSigned(signature: Uint8Array, file: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(signature.length + file.length);
  out.set(signature, 0);
  out.set(file, signature.length);
  return out;
}

type Bytes = Uint8Array<ArrayBuffer>;
export function splitSigned(bytes: Bytes): { signature: Bytes; file: Bytes } | null {
  if (bytes.length <= SIGNATURE_BYTES) return null;
  return { signature: bytes.subarray(0, SIGNATURE_BYTES), file: bytes.subarray(SIGNATURE_BYTES) };
}

const VERSION = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/;
export const isVersion = (v: unknown): v is string => typeof v === 'string' && VERSION.test(v);

/** Compares dotted extension versions ("0.1.10" > "0.1.9"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
