/**
 * Builds and signs one registry update (Node only; `publish-cli.ts` is the command). The output depends
 * only on the tool files, `update/sequence.json` and the key, so running it twice gives the same bytes
 * (Ed25519 signatures are deterministic).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayKey } from '../../shared/dates';
import { loadRegistry } from '../load';
import type { Tool } from '../types';
import { encodeUpdate, isVersion, joinSigned, type UpdateMeta } from '../update/format';
import { checkSignature } from '../update/verify';
import { publicKeyBase64, readPrivateKey, signBytes } from './signing';

/** `update/sequence.json`: the sequence of the registry in this tree (the bundled one carries it too). */
export interface SequenceRecord extends UpdateMeta {
  /** sha256 of the tools as published under this sequence: a change without a new sequence is refused. */
  toolsSha256: string;
}

export const UPDATE_FILE = 'registry-update.json';
export const SIGNATURE_FILE = 'registry-update.json.sig';
/** The one file the static host serves: the signature's 64 bytes, then the update file. */
export const HOSTED_FILE = 'registry-update.signed';

export const toolsHash = (tools: readonly Tool[]): string => createHash('sha256').update(JSON.stringify(tools)).digest('hex');

export function readSequence(path: string): SequenceRecord {
  const r = JSON.parse(readFileSync(path, 'utf8')) as Partial<SequenceRecord>;
  if (!Number.isSafeInteger(r.sequence) || (r.sequence as number) < 1 || typeof r.date !== 'string' || !isVersion(r.minExtensionVersion)) {
    throw new Error(`${path} must be { sequence ≥ 1, date, minExtensionVersion, toolsSha256 }`);
  }
  return r as SequenceRecord;
}

export interface PublishOptions {
  toolsDir?: string;
  sequenceFile: string;
  outDir: string;
  /** PKCS#8 PEM, from REGISTRY_SIGNING_KEY. */
  signingKey: string;
  /** Public keys the extension trusts (the signing key must be one of them). */
  trustedKeys: readonly string[];
  /** Start a new sequence: number + 1, today's date, the current tools' hash (written back). */
  next?: boolean;
  today?: string;
}

export interface Published { file: string; signature: string; hosted: string; sequence: number; tools: number; bytes: number }

export async function publishUpdate(o: PublishOptions): Promise<Published> {
  const { tools, errors } = loadRegistry(o.toolsDir);
  if (errors.length > 0) throw new Error(`the registry has ${errors.length} error(s); not publishing:\n  ${errors.slice(0, 20).join('\n  ')}`);
  const key = readPrivateKey(o.signingKey);
  if (!o.trustedKeys.includes(publicKeyBase64(key))) {
    throw new Error(`the signing key (public ${publicKeyBase64(key)}) is not one the extension trusts (update/config.ts)`);
  }
  let record = readSequence(o.sequenceFile);
  const hash = toolsHash(tools);
  if (o.next) {
    record = { ...record, sequence: record.sequence + 1, date: o.today ?? dayKey(Date.now()), toolsSha256: hash };
  } else if (record.toolsSha256 !== hash) {
    throw new Error(`the registry changed since sequence ${record.sequence} was recorded: run with --next to publish it as ${record.sequence + 1}`);
  }
  const file = new TextEncoder().encode(encodeUpdate(tools, record));
  const signature = signBytes(file, key);
  // The same check the extension makes, so a file no extension would accept is never uploaded.
  if ((await checkSignature(file, new Uint8Array(signature), o.trustedKeys)) !== true) throw new Error('the new signature does not verify');
  mkdirSync(o.outDir, { recursive: true });
  const paths = { file: join(o.outDir, UPDATE_FILE), signature: join(o.outDir, SIGNATURE_FILE), hosted: join(o.outDir, HOSTED_FILE) };
  writeFileSync(paths.file, file);
  writeFileSync(paths.signature, signature);
  writeFileSync(paths.hosted, joinSigned(signature, file));
  // Recorded only once the files exist: a failed run leaves the sequence as it was.
  if (o.next) writeFileSync(o.sequenceFile, `${JSON.stringify(record, null, 2)}\n`);
  return { ...paths, sequence: record.sequence, tools: tools.length, bytes: file.length };
}
