/**
 * esbuild plugin: webextension-polyfill as an ES module, without esbuild's CommonJS interop.
 *
 * Why: a default import of a CommonJS module goes through `__toESM`, which copies every own property of
 * `module.exports`. On Chrome with a native `browser` namespace, the polyfill exports that object, and
 * reading each of its ~40 API namespaces builds that namespace's bindings — every one, at every worker
 * start and every popup open, though we use a handful (measured: test/bench/worker-profile.ts). Run as
 * an ES module, the polyfill's UMD wrapper takes its CommonJS branch with a local `module`, and the
 * object is handed over untouched.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

const require = createRequire(import.meta.url);

export const polyfillPlugin = (): Plugin => ({
  name: 'polyfill-esm',
  setup(build) {
    build.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'webextension-polyfill', namespace: 'polyfill-esm' }));
    build.onLoad({ filter: /.*/, namespace: 'polyfill-esm' }, () => {
      const source = readFileSync(require.resolve('webextension-polyfill/dist/browser-polyfill.js'), 'utf8');
      return { contents: `const module = { exports: {} }, exports = module.exports;\n${source}\nexport default module.exports;\n`, loader: 'js' };
    });
  },
});
