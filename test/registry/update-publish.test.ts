/**
 * `npm run registry:publish`: one compact, deterministic update file and a detached raw 64-byte Ed25519
 * signature over its exact bytes, the key from REGISTRY_SIGNING_KEY, two paths printed; and the refusals
 * that keep a maintainer from publishing something no extension would accept.
 */
// @vitest-environment node
import { execFile } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { publishUpdate, readSequence, toolsHash } from '../../src/registry/cli/publish';
import { formatEntry } from '../../src/registry/format';
import { loadRegistry } from '../../src/registry/load';
import { SIGNATURE_BYTES } from '../../src/registry/update/format';
import { verifyUpdate } from '../../src/registry/update/verify';
import type { Tool } from '../../src/registry/types';
import { makeTool } from '../support/make-tool';
import { tempDir } from '../support/temp-dir';
import { testKey, updateTools } from '../support/signed-update';

const root = resolve(import.meta.dirname, '../..');
const key = testKey();
const pem = key.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

/** A tools dir and a sequence record in a temp dir. */
function writeTools(dir: string, tools: Tool[]): string {
  mkdirSync(dir, { recursive: true });
  for (const tool of tools) writeFileSync(join(dir, `${tool.id}.json`), formatEntry(tool as unknown as Record<string, unknown>));
  return dir;
}
/** The hash `--next` records for these tools (as the files on disk load). */
const hashOf = (tools: Tool[]) => toolsHash(loadRegistry(writeTools(tempDir('hash'), tools)).tools);

function workspace(tools: Tool[] = updateTools()) {
  const dir = tempDir('publish');
  writeTools(join(dir, 'tools'), tools);
  const sequence = { sequence: 3, date: '2026-11-20', minExtensionVersion: '0.1.0', toolsSha256: hashOf(updateTools()) };
  writeFileSync(join(dir, 'sequence.json'), `${JSON.stringify(sequence, null, 2)}\n`);
  return { dir, toolsDir: join(dir, 'tools'), sequenceFile: join(dir, 'sequence.json'), outDir: join(dir, 'out') };
}

const options = (w: ReturnType<typeof workspace>) => ({ ...w, signingKey: pem, trustedKeys: [key.publicKey] });

describe('registry:publish', () => {
  it('writes a compact update file and a raw 64-byte signature over its exact bytes', async () => {
    const w = workspace();
    const out = await publishUpdate(options(w));
    const file = readFileSync(out.file);
    const signature = readFileSync(out.signature);
    expect(signature).toHaveLength(SIGNATURE_BYTES);
    expect(verify(null, file, createPublicKey(key.privateKey), signature)).toBe(true);
    const text = file.toString('utf8');
    expect(text).not.toContain('\n');
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'sequence', 'date', 'minExtensionVersion', 'tools']);
    expect(parsed).toMatchObject({ format: 'ai-origin-registry-update', version: 1, sequence: 3, date: '2026-11-20', minExtensionVersion: '0.1.0' });
    expect(parsed.tools.map((t: Tool) => t.id)).toEqual(['alpha', 'beta', 'kora']);
    // What the host serves is the signature then the file, and the extension's own check accepts it.
    const hosted = new Uint8Array(readFileSync(out.hosted));
    expect(Buffer.from(hosted)).toEqual(Buffer.concat([signature, file]));
    const verdict = await verifyUpdate(hosted, { keys: [key.publicKey], extensionVersion: '0.1.0', bundledSequence: 1, accepted: null });
    expect(verdict.ok).toBe(true);
  });

  it('is deterministic: the same tree and key give the same bytes', async () => {
    const a = await publishUpdate(options(workspace()));
    const b = await publishUpdate(options(workspace()));
    expect(readFileSync(a.file)).toEqual(readFileSync(b.file));
    expect(readFileSync(a.signature)).toEqual(readFileSync(b.signature));
  });

  it('refuses a registry that changed since the recorded sequence, and --next records a new one', async () => {
    const w = workspace(updateTools([makeTool('gamma')]));
    await expect(publishUpdate(options(w))).rejects.toThrow(/run with --next to publish it as 4/);
    const out = await publishUpdate({ ...options(w), next: true, today: '2026-11-28' });
    expect(out.sequence).toBe(4);
    expect(readSequence(w.sequenceFile)).toMatchObject({ sequence: 4, date: '2026-11-28', toolsSha256: hashOf(updateTools([makeTool('gamma')])) });
    expect(JSON.parse(readFileSync(out.file, 'utf8')).date).toBe('2026-11-28');
  });

  it('refuses a key the extension does not trust, and an invalid registry', async () => {
    await expect(publishUpdate({ ...options(workspace()), trustedKeys: [testKey().publicKey] })).rejects.toThrow(/not one the extension trusts/);
    await expect(publishUpdate(options(workspace(updateTools([makeTool('bad', { country: 'XX' })]))))).rejects.toThrow(/error/);
  });

  it('as a command: key from the environment, prints the file then the signature, one per line', async () => {
    const w = workspace();
    const env: Record<string, string | undefined> = { ...process.env, REGISTRY_SIGNING_KEY: pem, REGISTRY_UPDATE_KEYS: key.publicKey };
    const args = [join(root, 'node_modules/.bin/tsx'), 'src/registry/cli/publish-cli.ts', '--tools-dir', w.toolsDir, '--sequence-file', w.sequenceFile, '--out-dir', w.outDir];
    const { stdout } = await promisify(execFile)(args[0]!, args.slice(1), { cwd: root, env });
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toEqual([join(w.outDir, 'registry-update.json'), join(w.outDir, 'registry-update.json.sig')]);
    expect(readFileSync(lines[1]!)).toHaveLength(64);
    const refused = promisify(execFile)(args[0]!, args.slice(1), { cwd: root, env: { ...env, REGISTRY_SIGNING_KEY: '' } });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringContaining('REGISTRY_SIGNING_KEY') });
  }, 30_000);
});
