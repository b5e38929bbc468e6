/**
 * `npm run -s registry:publish [-- --next]`: writes the signed registry update to dist/registry-update/
 * and prints the update file's path, then the signature's path (raw 64 bytes), one per line. The
 * private key comes from REGISTRY_SIGNING_KEY (PKCS#8 PEM) — never from the repository.
 *   --next        publish a new sequence (number + 1, today's date), recorded in update/sequence.json
 * Details (static host, key rotation): README → "Registry updates".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readUpdateConfig } from '../../build/update-config';
import { publishUpdate } from './publish';

const root = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    next: { type: 'boolean', default: false },
    'tools-dir': { type: 'string' },
    'sequence-file': { type: 'string', default: resolve(root, 'src/registry/update/sequence.json') },
    'out-dir': { type: 'string', default: resolve(root, 'dist/registry-update') },
  },
});

try {
  const signingKey = process.env.REGISTRY_SIGNING_KEY;
  if (!signingKey) throw new Error('set REGISTRY_SIGNING_KEY to the PKCS#8 PEM private key (e.g. REGISTRY_SIGNING_KEY="$(cat key.pem)")');
  const published = await publishUpdate({
    signingKey,
    trustedKeys: readUpdateConfig(process.env).keys,
    next: values.next,
    sequenceFile: values['sequence-file'],
    outDir: values['out-dir'],
    ...(values['tools-dir'] ? { toolsDir: values['tools-dir'] } : {}),
  });
  console.log(published.file);
  console.log(published.signature);
  console.error(`sequence ${published.sequence}, ${published.tools} tools, ${published.bytes} bytes; upload ${published.hosted}`);
} catch (error) {
  console.error(`registry:publish: ${(error as Error).message}`);
  process.exit(1);
}
