import { describe, expect, it } from 'vitest';
import { toBrief } from '../../src/registry/brief';
import { buildIndex, lookupUrl } from '../../src/registry/lookup';
import { packBriefs, packedIndex } from '../../src/registry/packed-briefs';
import { makeTool } from '../support/make-tool';
import realTools from '../support/registry-data';

describe('packedIndex (the worker’s page-visit lookup over the briefs’ text)', () => {
  const packed = packBriefs(realTools.map(toBrief));

  it('finds the same tool as the built index for every registry host, its subdomains, paths and near misses', () => {
    const built = buildIndex(realTools);
    const index = packedIndex(packed);
    const urls = realTools.flatMap((t) => t.hosts.flatMap((spec) => [
      `https://${spec}`, `https://${spec}/deeper/page?q=1`, `https://www.${spec}/`, `https://app.${spec}`, `https://x${spec}/`,
      `https://${spec.replace(/^([^/]+)/, '$1x')}/`,
    ]));
    expect(urls.length).toBeGreaterThan(2000);
    const differ = urls.filter((url) => lookupUrl(index, url)?.id !== lookupUrl(built, url)?.id);
    expect(differ).toEqual([]);
    expect(urls.filter((url) => lookupUrl(index, url) !== null).length).toBeGreaterThan(realTools.length * 3);
  });

  it('gives back each brief as it was, Korean names and all, from an ASCII-only text', () => {
    expect(/^[\x20-\x7e\n]*$/.test(packed)).toBe(true); // one byte a character in V8
    const index = packedIndex(packed);
    for (const tool of realTools) {
      expect(lookupUrl(index, `https://${tool.hosts[0]}`)).toEqual(lookupUrl(buildIndex([toBrief(tool)]), `https://${tool.hosts[0]}`));
    }
    expect(lookupUrl(index, 'https://chatgpt.com/')?.name.ko).toBe('챗GPT');
  });

  it('is not fooled by a host written elsewhere on a line, and finds every spec of a tool on a shared host', () => {
    const text = packBriefs([
      toBrief(makeTool('decoy', { hosts: ['decoy.example'], vendor: 'x.com' })),
      toBrief(makeTool('grok', { hosts: ['grok.com', 'x.com/i/grok', 'x.com/grok'] })),
    ]);
    const index = packedIndex(text);
    expect(lookupUrl(index, 'https://x.com/i/grok/chat')?.id).toBe('grok');
    expect(lookupUrl(index, 'https://x.com/grok')?.id).toBe('grok');
    expect(lookupUrl(index, 'https://x.com/home')).toBeNull();
    expect(lookupUrl(index, 'https://decoy.example/')?.vendor).toBe('x.com');
    expect(index.get('x.com')?.map((r) => r.path)).toEqual(['/i/grok', '/grok']);
  });
});
