/**
 * The granted path of an optional host permission, without the browser's prompt (which headless Chromium
 * shows and nobody can accept: `permissions.request` stays pending; chrome.developerPrivate cannot grant an
 * optional permission either — findings in /work/research/issue13-note.md). Chrome keeps what a user granted
 * in the profile's `Default/Preferences` under `extensions.settings.<id>.granted_permissions` (and the live
 * set under `active_permissions`); writing the origins there while the browser is closed is exactly the
 * state after she clicked "허용". The extension then calls `permissions.request` as in real use and it
 * resolves `true` at once, `permissions.contains` is true, and `scripting.registerContentScripts` may use
 * the host. Nothing else about the profile changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Perms = { explicit_host?: string[]; scriptable_host?: string[]; [k: string]: unknown };

/** Adds `origins` to what the extension `extensionId` was granted in the (closed) profile `profileDir`. */
export function preGrantOrigins(profileDir: string, extensionId: string, origins: string[]): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const ext = prefs.extensions?.settings?.[extensionId];
  if (!ext) throw new Error(`no settings for ${extensionId} in ${file}: launch the profile once first`);
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    const perms: Perms = (ext[key] ??= {});
    perms.explicit_host = [...new Set([...(perms.explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}
