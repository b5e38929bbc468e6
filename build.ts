/**
 * Builds dist/chrome and dist/firefox (and, with --zip, a store zip of each).
 *   tsx build.ts            build once
 *   tsx build.ts --watch    rebuild on change
 *   tsx build.ts --launch   build, then open Chromium with the extension (or print how to load it)
 *   tsx build.ts --zip      build, then write dist/ai-origin-<browser>-<version>.zip and the AMO source zip
 *   tsx build.ts --out-dir=DIR   build into DIR/chrome and DIR/firefox instead (tests' own builds)
 * Refuses to build when the registry has any error. REGISTRY_UPDATE_URL / REGISTRY_UPDATE_KEYS point a
 * test build's registry updates elsewhere (src/build/update-config.ts); such a build is never zipped.
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildManifest, type Target } from './src/build/manifest';
import { polyfillPlugin } from './src/build/polyfill-plugin';
import { registryFile, registryPlugin } from './src/build/registry-plugin';
import { countryNames } from './src/build/country-names';
import { builtMessages } from './src/build/built-messages';
import type { Catalogue } from './src/shared/message-format';
import { copyFlags } from './src/build/flags';
import { launch } from './src/build/launch';
import { writeZips } from './src/build/package-zips';
import { allowUpdateOrigin, readUpdateConfig } from './src/build/update-config';
import { allowInlineStyles, withInlineStyle } from './src/build/inline-styles';
import { loadRegistry } from './src/registry/load';
import { buildToolPaths } from './src/registry/tool-paths';
import { buildSplitWorker, CORE_ENTRY } from './src/build/worker-split';

const root = import.meta.dirname;
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const readJson = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, unknown>;
/** Extension pages: src/<page>/index.html + <page>.css + main.tsx → <page>.html (its stylesheet inside) and <page>.js */
const PAGES = ['popup', 'report', 'welcome'] as const;
const TARGETS: Record<Target, string> = { chrome: 'chrome116', firefox: 'firefox142' };
const outRoot = resolve(root, [...args].find((a) => a.startsWith('--out-dir='))?.slice('--out-dir='.length) || 'dist');

const started = performance.now();
const { tools, errors } = loadRegistry();
if (errors.length > 0) {
  console.error(`Registry has ${errors.length} error(s); not building:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
let updates: ReturnType<typeof readUpdateConfig>;
try {
  updates = readUpdateConfig(process.env);
} catch (e) {
  console.error(`Not building: ${(e as Error).message}`);
  process.exit(1);
}

/** What every script is built with (entry points and output files aside). */
function common(target: Target): esbuild.BuildOptions {
  return {
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    target: TARGETS[target],
    minifyWhitespace: !args.has('--watch'),
    minifySyntax: !args.has('--watch'),
    // --names keeps function names, for reading a CPU profile (test/bench/worker-profile.ts).
    minifyIdentifiers: !args.has('--watch') && !args.has('--names'),
    sourcemap: args.has('--watch') ? 'inline' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      'process.env.NODE_ENV': '"production"',
      __TOOL_PATHS__: JSON.stringify(buildToolPaths(tools)),
      __COUNTRY_NAMES__: JSON.stringify(countryNames(tools)),
      __BUILT_MESSAGES__: JSON.stringify(builtMessages({ ko: readJson('src/_locales/ko/messages.json') as Catalogue, en: readJson('src/_locales/en/messages.json') as Catalogue })),
      __REGISTRY_UPDATE__: JSON.stringify({ url: updates.url, keys: updates.keys }),
    },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [registryPlugin(tools), polyfillPlugin()],
  };
}

function options(target: Target): esbuild.BuildOptions {
  const outdir = resolve(outRoot, target);
  const base = common(target);
  // Chrome's worker is two scripts (src/build/worker-split.ts), built after the rest; Firefox's one.
  const split = target === 'chrome';
  return {
    ...base,
    entryPoints: {
      ...(split ? {} : { background: CORE_ENTRY }),
      content: 'src/content/index.ts',
      popup: 'src/popup/main.tsx',
      report: 'src/report/main.tsx',
      welcome: 'src/welcome/main.tsx',
    },
    outdir,
    plugins: [...base.plugins!, staticFiles(target, outdir), ...(split ? [splitWorker(base, outdir)] : [])],
  };
}

/** After each (re)build of the pages: Chrome's worker scripts. */
function splitWorker(base: esbuild.BuildOptions, outdir: string): esbuild.Plugin {
  return {
    name: 'split-worker',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length === 0) await buildSplitWorker(base, root, outdir);
      });
    },
  };
}

/** Copies manifest, pages, icons and _locales after each (re)build. */
function staticFiles(target: Target, outdir: string): esbuild.Plugin {
  return {
    name: 'static-files',
    setup(build) {
      build.onStart(() => {
        mkdirSync(outdir, { recursive: true });
      });
      build.onEnd(() => {
        // Each page gets one stylesheet, the shared ui.css first, inside its HTML (inline-styles.ts).
        const shared = readFileSync(resolve(root, 'src/ui/ui.css'), 'utf8');
        const styles = PAGES.map((page) => `${shared}\n${readFileSync(resolve(root, `src/${page}/${page}.css`), 'utf8')}`);
        const manifest = allowInlineStyles(allowUpdateOrigin(
          buildManifest(readJson('manifest/base.json'), readJson(`manifest/${target}.json`), pkg.version, tools), updates.origin), styles);
        writeFileSync(resolve(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
        for (const [i, page] of PAGES.entries()) {
          const html = readFileSync(resolve(root, `src/${page}/index.html`), 'utf8');
          writeFileSync(resolve(outdir, `${page}.html`), withInlineStyle(html, `${page}.css`, styles[i]!));
        }
        cpSync(resolve(root, 'icons'), resolve(outdir, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') });
        copyFlags(outdir);
        cpSync(resolve(root, 'src/_locales'), resolve(outdir, '_locales'), { recursive: true });
        const file = registryFile(tools);
        writeFileSync(resolve(outdir, file.name), file.text);
      });
    },
  };
}

const targets = Object.keys(TARGETS) as Target[];
if (args.has('--watch')) {
  for (const target of targets) await (await esbuild.context(options(target))).watch();
  console.log('Watching src/ for changes…');
} else {
  if (args.has('--zip') && updates.overridden) {
    console.error('Not zipping: REGISTRY_UPDATE_URL or REGISTRY_UPDATE_KEYS is set (a test build must never reach a store).');
    process.exit(1);
  }
  rmSync(outRoot, { recursive: true, force: true });
  await Promise.all(targets.map((target) => esbuild.build(options(target))));
  console.log(`Built ${relative(root, outRoot)}/chrome and /firefox (${tools.length} tools) in ${Math.round(performance.now() - started)} ms`);
  if (args.has('--zip')) writeZips(root, pkg.version, outRoot);
  if (args.has('--launch')) launch(resolve(root, 'dist/chrome'), resolve(root, 'dist/firefox'));
}
