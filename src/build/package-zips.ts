/** Store packages: one zip per browser from dist/, plus the source archive AMO asks for. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createZip } from './zip';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const zipDir = (dir: string, files = listFiles(dir)) =>
  createZip(files.map((path) => ({ name: relative(dir, path).split('\\').join('/'), data: readFileSync(path) })));

/**
 * Zips `<buildDir>/<browser>` (the build just made: dist/ unless `--out-dir` said otherwise) for each
 * store, and the tracked source; into `outDir` (the build's folder by default).
 */
export function writeZips(root: string, version: string, buildDir = join(root, 'dist'), outDir = buildDir): string[] {
  const written: string[] = [];
  for (const target of ['chrome', 'firefox']) {
    const out = join(outDir, `ai-origin-${target}-${version}.zip`);
    writeFileSync(out, zipDir(join(buildDir, target)));
    written.push(out);
  }
  // AMO reviewers rebuild bundled code from source: every file git tracks, nothing else.
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const source = join(outDir, `ai-origin-source-${version}.zip`);
  writeFileSync(source, zipDir(root, tracked.map((f) => join(root, f))));
  written.push(source);
  for (const file of written) console.log(`Wrote ${relative(root, file)} (${statSync(file).size} bytes)`);
  return written;
}
