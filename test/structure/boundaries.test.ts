/**
 * Each context imports only what it may: the worker no UI framework, the content script (injected into
 * every AI page) neither the registry data nor the UI, shared pure code no browser API, and nothing that
 * ships imports Node-only build code. A wrong import fails here instead of bloating a bundle or breaking
 * a context at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports, as a path relative to src/ (or a package name). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2]!)
    .map((spec) => (spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec));
}

/** Rules: files under `folder` must not import a module matching any of `forbidden`. */
const RULES: { folder: string; forbidden: RegExp[]; why: string }[] = [
  { folder: 'background', forbidden: [/^preact/, /^zustand/, /^(popup|report|welcome|ui)\//], why: 'the worker has no UI' },
  { folder: 'content', forbidden: [/^preact/, /^zustand/, /^webextension-polyfill$/, /^registry\/(registry|tools|load)/, /^virtual:registry$/, /^(popup|report|welcome|ui|background)\//], why: 'the content script is injected into every AI page: tiny, no registry data, no UI' },
  { folder: 'shared', forbidden: [/^preact/, /^zustand/, /^node:/, /^(popup|report|welcome|background|content|build)\//], why: 'shared code is used by every context' },
  { folder: 'registry', forbidden: [/^preact/, /^zustand/, /^(popup|report|welcome|background|content|ui)\//], why: 'the registry is data and pure lookups' },
  { folder: 'popup', forbidden: [/^node:/, /^(background|content|build|report)\//, /^registry\/(load|cli)/], why: 'a page talks to the worker by message, never imports it' },
  { folder: 'report', forbidden: [/^node:/, /^(background|content|build|popup)\//, /^registry\/(load|cli)/], why: 'a page talks to the worker by message, never imports it' },
  { folder: 'ui', forbidden: [/^node:/, /^(background|content|build|popup|report)\//], why: 'shared page components know no page' },
];
// Node-only code (build helpers, the registry loader and CLIs) must not be imported by anything that ships.
const NODE_ONLY = [/^build\//, /^registry\/load$/, /^registry\/cli\//];
const SHIPPED = ['background', 'content', 'popup', 'report', 'welcome', 'ui', 'shared'];

describe('context boundaries', () => {
  const all = files(SRC).map((f) => ({ file: relative(SRC, f), deps: imports(f) }));

  it('finds the source files and their imports', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.find((f) => f.file === 'popup/main.tsx')!.deps).toContain('preact');
  });

  it.each(RULES)('$folder: $why', ({ folder, forbidden }) => {
    const broken = all
      .filter((f) => f.file.startsWith(`${folder}/`))
      .flatMap((f) => f.deps.filter((d) => forbidden.some((re) => re.test(d))).map((d) => `${f.file} → ${d}`));
    expect(broken).toEqual([]);
  });

  it('nothing that ships imports Node-only code', () => {
    const broken = all
      .filter((f) => SHIPPED.some((folder) => f.file.startsWith(`${folder}/`)))
      .flatMap((f) => f.deps.filter((d) => d.startsWith('node:') || NODE_ONLY.some((re) => re.test(d))).map((d) => `${f.file} → ${d}`));
    expect(broken).toEqual([]);
  });
});
