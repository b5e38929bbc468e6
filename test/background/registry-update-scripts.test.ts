/**
 * Tools that arrive by update never widen access: a new subdomain of a covered host needs nothing; a new
 * host gets the content script only where the extension already holds its permission; the rest wait.
 */
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { syncUpdateScripts, uncoveredHosts, type ScriptApi } from '../../src/background/registry-update-scripts';
import { makeTool } from '../support/make-tool';

const STATIC = ['*://*.chatgpt.com/*', '*://*.x.com/*'];

function fakeApi(granted: string[], registered: string[] | null = null) {
  const calls: string[] = [];
  let current = registered;
  const api: ScriptApi = {
    staticMatches: STATIC,
    contains: async (origin) => granted.includes(origin),
    registered: async () => current,
    register: async (m) => void (calls.push(`register ${m.join(' ')}`), (current = m)),
    update: async (m) => void (calls.push(`update ${m.join(' ')}`), (current = m)),
    unregister: async () => void (calls.push('unregister'), (current = null)),
  };
  return { api, calls };
}

const tools = [
  makeTool('chatgpt', { hosts: ['chatgpt.com'] }),
  makeTool('labs', { hosts: ['labs.chatgpt.com'] }),
  makeTool('grok-two', { hosts: ['x.com/i/two'] }),
  makeTool('fresh', { hosts: ['fresh.example', 'www2.fresh.example'] }),
  makeTool('granted', { hosts: ['granted.example'] }),
];

describe('content scripts for tools that came by update', () => {
  it('only hosts outside the manifest patterns need anything', () => {
    expect(uncoveredHosts(tools, STATIC)).toEqual(['fresh.example', 'granted.example', 'www2.fresh.example']);
  });

  it('registers only permitted hosts and reports the rest as waiting', async () => {
    const { api, calls } = fakeApi(['*://*.granted.example/*']);
    expect(await syncUpdateScripts(tools, api)).toEqual({ registered: ['granted.example'], waiting: ['fresh.example', 'www2.fresh.example'] });
    expect(calls).toEqual(['register *://*.granted.example/*']);
    // Nothing changed: nothing to do.
    await syncUpdateScripts(tools, api);
    expect(calls).toHaveLength(1);
  });

  it('unregisters when nothing permitted is left (updates off, or permission withdrawn)', async () => {
    const { api, calls } = fakeApi([], ['*://*.granted.example/*']);
    expect(await syncUpdateScripts([], api)).toEqual({ registered: [], waiting: [] });
    expect(calls).toEqual(['unregister']);
  });

  it('asks for no permission at all', async () => {
    const { api } = fakeApi([]);
    expect(Object.keys(api)).not.toContain('request');
    expect((await syncUpdateScripts(tools, api)).registered).toEqual([]);
  });
});
