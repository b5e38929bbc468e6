/**
 * Registry updates end to end in the worker's terms: a good file is accepted and used; a tampered byte,
 * a wrong key, a replayed older sequence, an oversize file, a newer format and an invalid entry are each
 * refused — with the stored data and the registry in use exactly as before, and the reason recorded.
 */
// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkForUpdate, restoreUpdate, type UpdateEnv } from '../../src/background/registry-update-check';
import { REQUEST } from '../../src/background/registry-update-download';
import { createStorage } from '../../src/background/storage';
import { BUNDLED_SOURCE, cameByUpdate, findTool, registrySource, toolById } from '../../src/registry/registry';
import { useRegistryUpdate } from '../../src/registry/registry-update-use';
import { encodeUpdate, MAX_UPDATE_BYTES, SIGNATURE_BYTES } from '../../src/registry/update/format';
import { createFakeStorage } from '../support/fake-storage';
import { makeTool } from '../support/make-tool';
import { signedUpdate, testKey, updateTools } from '../support/signed-update';

const NOW = new Date(2026, 10, 28, 12).getTime();
const URL_ = 'https://updates.example/registry-update.signed';
const key = testKey();
const otherKey = testKey();

/** A host serving `body`; records each request. */
type Bytes = Uint8Array<ArrayBuffer>;
type Served = Bytes | (() => { bytes: Bytes; headers?: Record<string, string> });
function host(body: Served) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    const { bytes, headers = {} } = typeof body === 'function' ? body() : { bytes: body };
    return new Response(bytes, { status: 200, headers });
  }) as typeof fetch;
  return { fetchFn, requests };
}

function setup(served: Served, initial: Record<string, unknown> = {}) {
  const area = createFakeStorage({ settings: { registryUpdates: true }, ...initial });
  const storage = createStorage(area, () => NOW);
  const server = host(served);
  const env: UpdateEnv = {
    storage,
    now: () => NOW,
    url: URL_,
    keys: [otherKey.publicKey, key.publicKey],
    extensionVersion: '0.1.0',
    bundledSequence: BUNDLED_SOURCE.sequence,
    use: async (u) => void (await useRegistryUpdate(u)),
    fetch: server.fetchFn,
  };
  return { area, storage, env, server };
}

/** Everything stored except the check record, for "untouched" comparisons. */
const snapshot = (area: ReturnType<typeof createFakeStorage>) =>
  JSON.stringify([...area.data.entries()].filter(([k]) => k !== 'registryCheck').sort());

beforeEach(() => void useRegistryUpdate(null));
afterEach(() => void useRegistryUpdate(null));

describe('a good update', () => {
  it('is fetched once, without credentials or cache, stored, and used for lookups', async () => {
    const fresh = makeTool('newcomer', { hosts: ['newcomer.example'] });
    const { area, env, server } = setup(signedUpdate(key, { sequence: 5 }, updateTools([fresh])));
    expect(findTool('https://newcomer.example/')).toBeNull();
    const check = await checkForUpdate(env);
    expect(check).toEqual({ at: NOW, result: 'updated' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url).toBe(URL_);
    expect(server.requests[0]!.init).toMatchObject({ ...REQUEST, credentials: 'omit', cache: 'no-store', redirect: 'error' });
    expect(findTool('https://newcomer.example/chat')?.id).toBe('newcomer');
    expect(registrySource()).toEqual({ kind: 'update', sequence: 5, date: '2026-11-28' });
    expect(cameByUpdate(toolById('newcomer')!)).toBe(true);
    const stored = area.data.get('registryUpdate') as { sequence: number; text: string; signature: string };
    expect(stored.sequence).toBe(5);
    expect(atob(stored.signature)).toHaveLength(SIGNATURE_BYTES);
  });

  it('the same file again changes nothing and says it is current', async () => {
    const { area, env } = setup(signedUpdate(key, { sequence: 5 }));
    await checkForUpdate(env);
    const before = snapshot(area);
    expect((await checkForUpdate(env)).result).toBe('current');
    expect(snapshot(area)).toBe(before);
  });

  it('is signed by the next key too (rotation)', async () => {
    const { env } = setup(signedUpdate(otherKey, { sequence: 6 }));
    expect((await checkForUpdate(env)).result).toBe('updated');
  });

  it('is not kept when updates were turned off while it downloaded', async () => {
    const { area, env } = setup(signedUpdate(key, { sequence: 5 }), { settings: { registryUpdates: false } });
    await checkForUpdate(env);
    expect(area.data.has('registryUpdate')).toBe(false);
    expect(registrySource().kind).toBe('bundled');
  });
});

describe('refused, with the current data untouched', () => {
  /** Accepts sequence 5 first, then serves `bad`: the stored update and the registry in use must not move. */
  async function refusedAfterGood(bad: Bytes, headers: Record<string, string> = {}) {
    let served: { bytes: Bytes; headers: Record<string, string> } = { bytes: signedUpdate(key, { sequence: 5 }, updateTools([makeTool('kept', { hosts: ['kept.example'] })])), headers: {} };
    const { area, env } = setup(() => served);
    expect((await checkForUpdate(env)).result).toBe('updated');
    const before = snapshot(area);
    served = { bytes: bad, headers };
    const check = await checkForUpdate(env);
    expect(snapshot(area)).toBe(before);
    expect(area.data.get('registryCheck')).toMatchObject({ at: NOW, result: check.result });
    expect(registrySource()).toEqual({ kind: 'update', sequence: 5, date: '2026-11-28' });
    expect(findTool('https://kept.example/')?.id).toBe('kept');
    return check.result;
  }

  it('a tampered byte', async () => {
    const bytes = signedUpdate(key, { sequence: 6 });
    const i = bytes.indexOf('"alpha"'.charCodeAt(1), SIGNATURE_BYTES + 10);
    bytes[i]! ^= 0x01; // "alpha" → "`lpha"
    expect(await refusedAfterGood(bytes)).toBe('signature');
  });

  it('a tampered signature', async () => {
    const bytes = signedUpdate(key, { sequence: 6 });
    bytes[3]! ^= 0x80;
    expect(await refusedAfterGood(bytes)).toBe('signature');
  });

  it('a key the extension does not ship', async () => {
    expect(await refusedAfterGood(signedUpdate(testKey(), { sequence: 6 }))).toBe('signature');
  });

  it('a replayed older sequence', async () => {
    expect(await refusedAfterGood(signedUpdate(key, { sequence: 4 }))).toBe('older');
  });

  it('the same sequence with different content', async () => {
    expect(await refusedAfterGood(signedUpdate(key, { sequence: 5 }, updateTools([makeTool('sneaky')])))).toBe('older');
  });

  it('an oversize file, declared', async () => {
    const big = new Uint8Array(SIGNATURE_BYTES + MAX_UPDATE_BYTES + 1);
    expect(await refusedAfterGood(big, { 'content-length': String(big.length) })).toBe('too-large');
  });

  it('an oversize file, undeclared (cut off while streaming)', async () => {
    expect(await refusedAfterGood(new Uint8Array(SIGNATURE_BYTES + MAX_UPDATE_BYTES + 1))).toBe('too-large');
  });

  it('a newer format', async () => {
    const text = encodeUpdate(updateTools(), { sequence: 6, date: '2026-11-29', minExtensionVersion: '0.1.0' }).replace('"version":1', '"version":2');
    expect(await refusedAfterGood(signedUpdate(key, {}, [], text))).toBe('newer-format');
  });

  it('a file for a newer extension', async () => {
    expect(await refusedAfterGood(signedUpdate(key, { sequence: 6, minExtensionVersion: '0.2.0' }))).toBe('needs-newer-extension');
  });

  it('an invalid entry (the build validator rejects it)', async () => {
    const bad = updateTools([makeTool('bad-country', { country: 'XX' })]);
    expect(await refusedAfterGood(signedUpdate(key, { sequence: 6 }, bad))).toBe('invalid');
  });

  it('a signed file that is not an update', async () => {
    expect(await refusedAfterGood(signedUpdate(key, {}, [], '{"format":"something-else","version":1}'))).toBe('malformed');
  });

  it('a network failure and an HTTP error', async () => {
    const { area, env } = setup(new Uint8Array());
    env.fetch = (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch;
    expect((await checkForUpdate(env)).result).toBe('network');
    env.fetch = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    expect((await checkForUpdate(env)).result).toBe('http');
    expect(area.data.has('registryUpdate')).toBe(false);
    expect(registrySource().kind).toBe('bundled');
  });

  it('a file not newer than the bundled registry', async () => {
    const { area, env } = setup(signedUpdate(key, { sequence: BUNDLED_SOURCE.sequence }));
    expect((await checkForUpdate(env)).result).toBe('bundled-newer');
    expect(area.data.has('registryUpdate')).toBe(false);
    expect(registrySource().kind).toBe('bundled');
  });
});

describe('restoring on worker start', () => {
  async function accepted(extra: Record<string, unknown> = {}) {
    const { area, env } = setup(signedUpdate(key, { sequence: 5 }, updateTools([makeTool('newcomer')])), extra);
    await checkForUpdate(env);
    useRegistryUpdate(null); // a new worker life starts with the bundled registry
    return { area, env };
  }

  it('puts the accepted update back in use', async () => {
    const { env } = await accepted();
    expect((await restoreUpdate(env)).update?.sequence).toBe(5);
    expect(toolById('newcomer')).not.toBeNull();
  });

  it('drops an update the bundled registry has caught up with (after an extension update)', async () => {
    const { area, env } = await accepted();
    expect((await restoreUpdate({ ...env, bundledSequence: 5, extensionVersion: '0.2.0' })).update).toBeNull();
    expect(area.data.has('registryUpdate')).toBe(false);
    expect(registrySource().kind).toBe('bundled');
  });

  it('drops a stored update whose text was changed', async () => {
    const { area, env } = await accepted();
    const stored = area.data.get('registryUpdate') as { text: string };
    area.data.set('registryUpdate', { ...stored, text: stored.text.replace('newcomer', 'newcomes') });
    expect((await restoreUpdate(env)).update).toBeNull();
    expect(area.data.has('registryUpdate')).toBe(false);
  });

  it('drops a stored update signed by a key this version no longer ships', async () => {
    const { env } = await accepted();
    expect((await restoreUpdate({ ...env, keys: [otherKey.publicKey] })).update).toBeNull();
  });

  it('uses nothing while updates are off', async () => {
    const { area, env } = await accepted();
    area.data.set('settings', { registryUpdates: false });
    expect((await restoreUpdate(env)).update).toBeNull();
    expect(toolById('newcomer')).toBeNull();
  });
});
