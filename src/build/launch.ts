/** `npm start`: open Chromium with the built extension in a fresh profile, or say how to load it by hand. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function loadByHandHelp(chromeDir: string, firefoxDir: string): string {
  return [
    'To load the extension by hand:',
    `  Chrome/Edge: open chrome://extensions, switch on "Developer mode", "Load unpacked" → ${chromeDir}`,
    `  Firefox:     open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" → ${join(firefoxDir, 'manifest.json')}`,
  ].join('\n');
}

export function launch(chromeDir: string, firefoxDir: string): void {
  const chromium = findChromium();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';
  if (!chromium || !hasDisplay) {
    console.log(`${chromium ? 'No display found' : 'No Chromium found'}, so nothing was launched.\n${loadByHandHelp(chromeDir, firefoxDir)}`);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'ai-origin-profile-'));
  console.log(`Launching ${chromium} with the extension (profile ${profile})`);
  spawn(chromium, [
    `--user-data-dir=${profile}`, '--no-first-run', `--disable-extensions-except=${chromeDir}`,
    `--load-extension=${chromeDir}`, 'https://chatgpt.com/',
  ], { stdio: 'inherit', detached: false });
}
