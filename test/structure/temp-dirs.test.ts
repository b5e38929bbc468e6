import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_TEMP_ENV, tempDir } from '../support/temp-dir';

describe('test temp folders', () => {
  it('live in the run’s own folder, which the run removes at its end (npm test leaves nothing in /tmp)', () => {
    const root = process.env[RUN_TEMP_ENV];
    expect(root && existsSync(root)).toBeTruthy();
    expect(dirname(tempDir('probe'))).toBe(root);
  });
});
