/** Node-only Ed25519 helpers for the publishing CLIs (the extension verifies with WebCrypto). */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

/** Reads a PKCS#8 PEM Ed25519 private key; throws a readable error for anything else. */
export function readPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch (e) {
    throw new Error(`REGISTRY_SIGNING_KEY is not a PEM private key (${(e as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`REGISTRY_SIGNING_KEY is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  return key;
}

/** The raw 32-byte public key, base64 — the form the extension bundles. */
export function publicKeyBase64(privateKey: KeyObject): string {
  // An Ed25519 SPKI DER is a fixed 12-byte prefix followed by the raw key.
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');
}

/** The raw 64-byte Ed25519 signature over exactly these bytes (deterministic: same key, same bytes). */
export const signBytes = (bytes: Uint8Array, privateKey: KeyObject): Buffer => sign(null, bytes, privateKey);
