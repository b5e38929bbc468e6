/**
 * Chrome's worker in two scripts: `background.js` (every listener, page visits and activity) and
 * `background-more.js` (popup, report, her registry, updates, the weekly summary…), loaded on first need
 * with `importScripts` (src/background/load-more.worker.ts).
 *
 * Why: Chrome compiles an installed service worker's script eagerly into its code cache, so every start
 * brings the bytecode of every function in the script into the worker's heap, used or not (measured with
 * test/bench/worker-heap.ts: validators, update verification and the weekly summary's code in the heap of
 * a start that only set a badge). A start pays only for the script it runs (issue 19).
 *
 * One worker, one state: a module with state that both scripts use (the registry in use, her language)
 * runs once, in `background.js`, which hands its module object over on `globalThis`; `background-more.js`
 * takes that instead of carrying a copy — a second copy would silently answer from other data.
 */
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { MORE_SCRIPT } from '../background/more-script';
import { hasModuleState } from './module-state';

export const CORE_ENTRY = 'src/background/index.ts';
export const MORE_ENTRY = 'src/background/more.ts';
const SHARED = '__aiOriginShared';

/** The one polyfill instance (webextension-polyfill wraps the browser's API once per copy). */
const ALWAYS_SHARED = ['src/shared/browser.ts'];

/** The source files a build of `entry` bundles (plugins' virtual modules excluded). */
async function filesOf(options: esbuild.BuildOptions, entry: string, root: string): Promise<Set<string>> {
  const result = await esbuild.build({ ...options, entryPoints: { probe: entry }, write: false, metafile: true, outdir: resolve(root, '.probe') });
  return new Set(Object.keys(result.metafile.inputs).filter((f) => !f.includes(':')).map((f) => resolve(root, f)));
}

/** `background-more.js` imports a shared module as the object `background.js` handed over. */
function sharedModules(shared: ReadonlySet<string>, root: string): esbuild.Plugin {
  return {
    name: 'worker-shared-modules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        return shared.has(found.path) ? { path: relative(root, found.path), namespace: 'worker-shared' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'worker-shared' }, (args) => ({
        contents: `module.exports = globalThis.${SHARED}[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** Builds both scripts into `outdir`. `base`: the extension's build options, without entry points. */
export async function buildSplitWorker(base: esbuild.BuildOptions, root: string, outdir: string): Promise<void> {
  const options = { ...base, plugins: [workerTwins(), ...(base.plugins ?? [])] };
  const [core, more] = await Promise.all([filesOf(options, CORE_ENTRY, root), filesOf(options, MORE_ENTRY, root)]);
  const shared = [...more].filter((f) => core.has(f) && (hasModuleState(readFileSync(f, 'utf8')) || ALWAYS_SHARED.some((s) => f.endsWith(s)))).sort();
  const key = (f: string) => JSON.stringify(relative(root, f));
  // The module objects, handed over after the core's own code has run (its listeners are registered first).
  const handOver = [
    `import ${JSON.stringify(`./${CORE_ENTRY}`)};`,
    ...shared.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`),
    // Read by the other script as CommonJS `module.exports`, which a default import takes whole (Node's
    // rule, which esbuild follows in a "type": "module" package): a module whose one export is its
    // default (shared/browser.ts) is handed over as that value, the others as their module objects.
    `const asExports = (m) => (Object.keys(m).join() === 'default' ? m.default : m);`,
    `globalThis.${SHARED} = { ${shared.map((f, i) => `${key(f)}: asExports(m${i})`).join(', ')} };`,
  ].join('\n');
  await Promise.all([
    esbuild.build({
      ...options,
      stdin: { contents: handOver, resolveDir: root, sourcefile: 'background-entry.js', loader: 'js' },
      outfile: resolve(outdir, 'background.js'),
    }),
    esbuild.build({
      ...options,
      plugins: [sharedModules(new Set(shared), root), ...(options.plugins ?? [])],
      entryPoints: { [MORE_SCRIPT.replace(/\.js$/, '')]: MORE_ENTRY },
      outdir,
    }),
  ]);
}

/**
 * In Chrome's worker scripts a module with a `<name>.worker.ts` twin beside it is that twin: the loader of
 * the on-need half (load-more.worker.ts) and the gateway's way to her registry's parser (personal-key.worker.ts).
 * Both scripts get the twins, so a twin with state is handed over like any other.
 */
export const workerTwins = (): esbuild.Plugin => ({
  name: 'worker-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const twin = resolve(args.resolveDir, `${args.path}.worker.ts`);
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
});
