/** esbuild plugin: `import tools from 'virtual:registry'` becomes the validated registry data. */
import type { Plugin } from 'esbuild';
import type { Tool } from '../registry/types';

export const registryPlugin = (tools: readonly Tool[]): Plugin => ({
  name: 'virtual-registry',
  setup(build) {
    build.onResolve({ filter: /^virtual:registry$/ }, () => ({ path: 'registry', namespace: 'virtual' }));
    build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: JSON.stringify(tools), loader: 'json' }));
  },
});
