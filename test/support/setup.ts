/** Runs around every unit test (vitest.config.ts `setupFiles`): one reset of the fake browser for all files. */
import { afterEach } from 'vitest';
import { resetFakeBrowser } from './fake-browser';

afterEach(() => resetFakeBrowser());
