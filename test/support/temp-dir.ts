/**
 * Temp folders for tests (browser profiles, certificates, builds, registries). Under vitest they all live in
 * one folder per run that the run removes at its end (temp-root.ts): each `npm test` used to leave ~2 000
 * folders behind, ~100 MB of them Chromium profiles. Outside vitest (the bench, a script) they go to the
 * system temp folder, and their maker removes them.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RUN_TEMP_ENV = 'AI_ORIGIN_TEST_TMP';

export function tempDir(name: string): string {
  const runRoot = process.env[RUN_TEMP_ENV];
  return mkdtempSync(join(runRoot && existsSync(runRoot) ? runRoot : tmpdir(), `ai-origin-${name}-`));
}
