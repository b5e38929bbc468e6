/**
 * `npm run -s registry:keygen -- <private-key.pem>`: makes a new Ed25519 signing key for registry updates.
 * Writes the private key (PKCS#8 PEM, mode 600) to the given path OUTSIDE the repository and prints the
 * public key (raw 32 bytes, base64) for `src/registry/update/config.ts`. See README → "Registry updates".
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { publicKeyBase64 } from './signing';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run -s registry:keygen -- <path of the new private key, outside the repository>');
  process.exit(2);
}
const path = resolve(target);
const repo = resolve(import.meta.dirname, '../../..');
if (!relative(repo, path).startsWith('..')) {
  console.error(`refusing to write a private key inside the repository (${path})`);
  process.exit(2);
}
if (existsSync(path)) {
  console.error(`${path} exists; not overwriting a key`);
  process.exit(2);
}
const { privateKey } = generateKeyPairSync('ed25519');
writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
console.log(publicKeyBase64(privateKey));
