/** Signed registry updates for tests: a throwaway Ed25519 key and files built like `registry:publish` does. */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { publicKeyBase64, signBytes } from '../../src/registry/cli/signing';
import { encodeUpdate, joinSigned, type UpdateMeta } from '../../src/registry/update/format';
import type { Tool } from '../../src/registry/types';
import { makeTool } from './make-tool';

export interface TestKey { privateKey: KeyObject; publicKey: string }

export function testKey(): TestKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKeyBase64(privateKey) };
}

/** A small valid registry: two foreign tools and a Korean one. */
export const updateTools = (extra: Tool[] = []): Tool[] =>
  [makeTool('alpha'), makeTool('beta'), makeTool('kora', { country: 'KR' }), ...extra].sort((a, b) => (a.id < b.id ? -1 : 1));

/** What the static host serves: signature + file. `text` replaces the encoded file (e.g. a newer format). */
export function signedUpdate(key: TestKey, meta: Partial<UpdateMeta> = {}, tools: Tool[] = updateTools(), text?: string): Uint8Array<ArrayBuffer> {
  const file = new TextEncoder().encode(text ?? encodeUpdate(tools, { sequence: 5, date: '2026-11-28', minExtensionVersion: '0.1.0', ...meta }));
  return joinSigned(signBytes(file, key.privateKey), file);
}
