/**
 * The do-nothing peer: a minimal MV3 extension with our manifest's hosts, a content script that says
 * hello at document_start and a worker that only answers. Built into a temp dir for each bench run, it is
 * the floor every cold-visit figure is compared with. Its worker calls the bench's `__benchStamp` binding
 * (when the bench added one) as it answers: the do-nothing side of "badge latency".
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  globalThis.__benchStamp?.(String(performance.timeOrigin + performance.now()));
  reply({ ok: true, value: { tool: null, idleMs: 60000, card: null } });
});
`;
const CONTENT = `chrome.runtime.sendMessage({ type: 'page:hello', payload: { url: location.origin + location.pathname } });
`;

/** Writes the do-nothing extension next to nothing else and returns its directory. */
export function buildNoopExtension(ourDir: string): string {
  const ours = JSON.parse(readFileSync(join(ourDir, 'manifest.json'), 'utf8')) as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
  const dir = mkdtempSync(join(tmpdir(), 'ai-origin-noop-'));
  const manifest = {
    manifest_version: 3,
    name: 'do-nothing',
    version: '1.0',
    host_permissions: ours.host_permissions,
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ours.content_scripts[0]!.matches, js: ['content.js'], run_at: 'document_start', all_frames: false }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), WORKER);
  writeFileSync(join(dir, 'content.js'), CONTENT);
  return dir;
}
