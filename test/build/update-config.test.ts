/** Build-time update settings: one https URL without a query string, and exactly its origin in connect-src. */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/build/manifest';
import { allowUpdateOrigin, readUpdateConfig } from '../../src/build/update-config';
import { BUNDLED_PUBLIC_KEYS, DEFAULT_UPDATE_URL, updateUrlProblem } from '../../src/registry/update/config';
import base from '../../manifest/base.json';
import { makeTool } from '../support/make-tool';

describe('update URL and keys', () => {
  it('defaults to the shipped URL and the current + next keys', () => {
    const config = readUpdateConfig({});
    expect(config).toMatchObject({ url: DEFAULT_UPDATE_URL, keys: [...BUNDLED_PUBLIC_KEYS], overridden: false });
    expect(BUNDLED_PUBLIC_KEYS).toHaveLength(2);
    expect(updateUrlProblem(DEFAULT_UPDATE_URL)).toBeNull();
  });

  it('takes a test URL and key from the environment, and marks the build as not for release', () => {
    const key = 'A'.repeat(43) + '=';
    expect(readUpdateConfig({ REGISTRY_UPDATE_URL: 'https://updates.test:8443/u.signed', REGISTRY_UPDATE_KEYS: key }))
      .toMatchObject({ origin: 'https://updates.test:8443', keys: [key], overridden: true });
  });

  it.each([
    ['http://ai-origin.kr/u', 'https'],
    ['https://ai-origin.kr/u?v=1', 'query'],
    ['https://ai-origin.kr/u?', 'query'],
    ['https://ai-origin.kr/u#x', 'query'],
    ['https://me:pw@ai-origin.kr/u', 'credentials'],
    ['https://AI-origin.kr/u', 'canonical'],
  ])('refuses %s', (url, why) => {
    expect(updateUrlProblem(url)).toContain(why);
    expect(() => readUpdateConfig({ REGISTRY_UPDATE_URL: url })).toThrow();
  });

  it('adds exactly the update origin to connect-src and nothing else', () => {
    const tools = [makeTool('chatgpt', { hosts: ['chatgpt.com'] })];
    const plain = buildManifest(base, {}, '0.1.0', tools);
    const manifest = allowUpdateOrigin(plain, 'https://ai-origin.kr');
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self' https://ai-origin.kr");
    expect({ ...manifest, content_security_policy: null }).toEqual({ ...plain, content_security_policy: null });
    expect(manifest.host_permissions).toEqual(['*://*.chatgpt.com/*']);
  });
});
