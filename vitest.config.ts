import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The bundled registry is a virtual module that build.ts generates; tests read the same files from disk.
// Usage is tallied per local day; run tests in our users' time zone unless told otherwise.
process.env.TZ ??= 'Asia/Seoul';

const registryData = fileURLToPath(new URL('./test/support/registry-data.ts', import.meta.url));
const fakeBrowser = fileURLToPath(new URL('./test/support/fake-browser.ts', import.meta.url));

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { 'virtual:registry': registryData, 'webextension-polyfill': fakeBrowser } },
  test: {
    globalSetup: ['test/support/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // CPU-bound tests ran 3.5× their local time on a busy 2-core CI machine (1.7 s → 5.9 s), past
          // the default 5 s: a limit is for a test that hangs, not for a machine that is slow.
          testTimeout: 20_000,
          setupFiles: ['test/support/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
