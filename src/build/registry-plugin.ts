/**
 * esbuild plugin: `virtual:registry` becomes the validated registry, split in two. The worker's script
 * carries only each entry's brief (brief.ts: what a page visit needs); the full entries are written to
 * `registry.json` beside it (`registryFile`) and read on first need. A script's size is paid at every
 * worker start, whether the data is used or not.
 */
import type { Plugin } from 'esbuild';
import { toBrief } from '../registry/brief';
import { packBriefs } from '../registry/packed-briefs';
import { REGISTRY_FILE, runtimeEntry } from '../registry/runtime-entry';
import type { Tool } from '../registry/types';

export const registryPlugin = (tools: readonly Tool[]): Plugin => ({
  name: 'virtual-registry',
  setup(build) {
    build.onResolve({ filter: /^virtual:registry$/ }, () => ({ path: 'registry', namespace: 'virtual' }));
    build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
      contents: `export const packedBriefs = ${JSON.stringify(packBriefs(tools.map(toBrief)))};
export const preloaded = null;
// A root-relative URL is the extension's own file, from the worker (Chrome) and the event page (Firefox).
export const loadTools = () => fetch('/${REGISTRY_FILE}').then((r) => {
  if (!r.ok) throw new Error('registry file: HTTP ' + r.status);
  return r.json();
});
`,
      loader: 'js',
    }));
  },
});

/** The text of `registry.json`: the entries the worker reads when it first needs them, as it uses them. */
export const registryFile = (tools: readonly Tool[]): { name: string; text: string } => ({ name: REGISTRY_FILE, text: JSON.stringify(tools.map(runtimeEntry)) });
