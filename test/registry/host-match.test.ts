/**
 * One matcher: the content script's table (tool-paths.ts) and the worker's lookup (lookup.ts) give the
 * same answer for every location the content script can run on — checked on the case where they used
 * to disagree, on random registries, and on the real one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitHostSpec } from '../../src/registry/host-match';
import { buildIndex, lookupUrl } from '../../src/registry/lookup';
import { buildToolPaths, isToolLocation } from '../../src/registry/tool-paths';
import type { Tool } from '../../src/registry/types';
import { makeTool } from '../support/make-tool';
import realTools from '../support/registry-data';

const agree = (tools: readonly Tool[], host: string, path: string) => {
  const page = isToolLocation(buildToolPaths(tools), host, path);
  const worker = lookupUrl(buildIndex(tools), `https://${host}${path}`) !== null;
  return { page, worker };
};

/** Hosts the content script runs on: registry hosts and their subdomains (match patterns `*.host`). */
const underRegistry = (tools: readonly Tool[], host: string) =>
  tools.some((t) => t.hosts.some((spec) => {
    const [h] = splitHostSpec(spec);
    return host === h || host.endsWith(`.${h}`);
  }));

describe('one host/path matcher for page and worker', () => {
  it('example.com + sub.example.com/path: sub.example.com/other is example.com\'s, for both', () => {
    const tools = [makeTool('whole', { hosts: ['example.com'] }), makeTool('part', { hosts: ['sub.example.com/path'] })];
    expect(agree(tools, 'sub.example.com', '/other')).toEqual({ page: true, worker: true });
    expect(lookupUrl(buildIndex(tools), 'https://sub.example.com/other')?.id).toBe('whole');
    expect(lookupUrl(buildIndex(tools), 'https://sub.example.com/path/x')?.id).toBe('part');
  });

  it('agrees on random registries and locations', () => {
    const label = fc.constantFrom('a', 'b', 'x', 'www');
    const domain = fc.constantFrom('example.com', 'other.org');
    const host = fc.tuple(fc.array(label, { maxLength: 2 }), domain).map(([ls, d]) => [...ls, d].join('.'));
    const path = fc.array(fc.constantFrom('i', 'grok', 'chat', 'Chat', 'x'), { maxLength: 3 }).map((segs) => segs.map((s) => `/${s}`).join(''));
    const spec = fc.tuple(host, fc.option(path.filter((p) => p !== ''), { nil: undefined })).map(([h, p]) => (p ? `${h}${p.toLowerCase()}` : h));
    const registry = fc.array(fc.uniqueArray(spec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
      .map((hostLists) => hostLists.map((hosts, i) => makeTool(`t${i}`, { hosts })));
    fc.assert(fc.property(registry, host, path, (tools, h, p) => {
      fc.pre(underRegistry(tools, h));
      const { page, worker } = agree(tools, h, p || '/');
      expect(page).toBe(worker);
    }), { numRuns: 3_000 });
  });

  it('agrees on the real registry', () => {
    const table = buildToolPaths(realTools);
    const index = buildIndex(realTools);
    let checked = 0;
    for (const tool of realTools) for (const spec of tool.hosts) {
      const [host, path] = splitHostSpec(spec);
      for (const h of [host, `www.${host}`, `deep.sub.${host}`]) {
        for (const p of [path || '/', `${path}/x`, path ? `${path}x` : '/x', '/', '/other/path']) {
          expect(isToolLocation(table, h, p), `${h}${p}`).toBe(lookupUrl(index, `https://${h}${p}`) !== null);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });
});
