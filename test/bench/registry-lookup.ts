/**
 * Lookup speed on a realistic mix of URLs (AI tools with paths and subdomains, shared hosts, ordinary
 * sites, junk), our indexed lookup side by side with a naive scan of every entry in the same run, and
 * the index a page visit uses over the briefs' text (it holds no map: issue 19's heap); plus the
 * registry's bundled size.
 */
import { gzipSync } from 'node:zlib';
import { toBrief } from '../../src/registry/brief';
import { loadRegistry } from '../../src/registry/load';
import { buildIndex, lookupUrl } from '../../src/registry/lookup';
import { packBriefs, packedIndex } from '../../src/registry/packed-briefs';
import { parseWebUrl } from '../../src/registry/parse-url';
import type { Tool } from '../../src/registry/types';
import { registryFile } from '../../src/build/registry-plugin';

const ORDINARY = ['www.naver.com', 'news.naver.com', 'www.google.com', 'www.youtube.com', 'x.com', 'github.com',
  'www.coupang.com', 'mail.google.com', 'blog.naver.com', 'www.daum.net', 'www.instagram.com', 'docs.google.com'];

function urlMix(tools: readonly Tool[], count: number): string[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const hosts = tools.flatMap((t) => t.hosts);
  return Array.from({ length: count }, (_, i) => {
    const r = rand();
    if (r < 0.55) return `https://${pick(hosts)}/c/${i}?q=${i}`;
    if (r < 0.6) return `https://app.${pick(hosts).split('/')[0]}/`;
    if (r < 0.95) return `https://${pick(ORDINARY)}/path/${i}`;
    return pick(['chrome://newtab/', 'about:blank', 'not a url', 'https://127.0.0.1:8080/']);
  });
}

/** The obvious implementation: scan every host rule of every tool, keep the most specific match. */
function naiveLookup(tools: readonly Tool[], url: string): Tool | null {
  const loc = parseWebUrl(url);
  if (!loc) return null;
  let best: { tool: Tool; score: number } | null = null;
  for (const tool of tools) for (const spec of tool.hosts) {
    const [host, ...rest] = spec.split('/');
    const path = rest.length ? `/${rest.join('/')}` : '';
    const hostOk = loc.host === host || loc.host.endsWith(`.${host}`);
    const pathOk = path === '' || loc.path === path || loc.path.startsWith(`${path}/`);
    const score = host!.length * 1000 + path.length;
    if (hostOk && pathOk && (!best || score > best.score)) best = { tool, score };
  }
  return best?.tool ?? null;
}

function perSecond(fn: (url: string) => unknown, urls: readonly string[], minMs = 400): number {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) for (const url of urls) fn(url), done++;
  return done / ((performance.now() - start) / 1000);
}

export function registryLookup(): [string, string][] {
  const { tools } = loadRegistry();
  const index = buildIndex(tools);
  const urls = urlMix(tools, 5000);
  const disagreements = urls.filter((u) => lookupUrl(index, u)?.id !== naiveLookup(tools, u)?.id).length;
  const indexed = perSecond((u) => lookupUrl(index, u), urls);
  const naive = perSecond((u) => naiveLookup(tools, u), urls);
  const briefs = packBriefs(tools.map(toBrief));
  const briefIndex = packedIndex(briefs);
  const scanned = perSecond((u) => lookupUrl(briefIndex, u), urls);
  const scanDisagreements = urls.filter((u) => lookupUrl(briefIndex, u)?.id !== lookupUrl(index, u)?.id).length;
  const json = registryFile(tools).text; // what the worker reads: entries without reviewers' quotes and notes
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  return [
    ['registry entries', `${tools.length} (${tools.filter((t) => t.country === 'KR').length} Korean)`],
    ['indexed lookup', `${fmt(indexed)} lookups/s`],
    ['naive scan of every entry', `${fmt(naive)} lookups/s`],
    ['speed-up', `${(indexed / naive).toFixed(1)}×`],
    ['results differing from naive (must be 0)', String(disagreements)],
    ['page-visit lookup over the briefs (packedIndex: their text only)', `${fmt(scanned)} lookups/s (${(1000 / scanned).toFixed(3)} ms each; differing: ${scanDisagreements})`],
    ['registry.json (entries as used, read on need)', `${(Buffer.byteLength(json) / 1024).toFixed(1)} KB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`],
    ['briefs in background.js (brief.ts, packed-briefs.ts)', `${(briefs.length / 1024).toFixed(1)} KB, one ASCII text`],
  ];
}
