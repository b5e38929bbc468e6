/** vitest globalSetup: the run's temp folder (temp-dir.ts), made before any test file and removed after all. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_TEMP_ENV } from './temp-dir';

export function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ai-origin-test-run-'));
  // Set before vitest starts its workers, which inherit the environment.
  process.env[RUN_TEMP_ENV] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
