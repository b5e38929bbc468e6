/** Store packages: valid zips (read back with an independent reader), versioned from package.json. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeZips } from '../../src/build/package-zips';
import { crc32, createZip } from '../../src/build/zip';
import { tempDir } from '../support/temp-dir';

/** Reads a zip through its central directory, checking every entry's CRC. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const [crc, size, nameLen, extraLen, commentLen, local] = [zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(dataAt, dataAt + size));
    if (crc32(data) !== crc) throw new Error(`bad CRC for ${name}`);
    files.set(name, data);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

describe('zip packages', () => {
  it('round-trips files, including Korean names and empty files', () => {
    const files = [
      { name: '_locales/ko/messages.json', data: Buffer.from('{"extName":{"message":"AI 원산지"}}') },
      { name: '한글.txt', data: Buffer.alloc(0) },
      { name: 'a/b.js', data: Buffer.from('x'.repeat(10_000)) },
    ];
    const read = readZip(createZip(files));
    expect([...read.keys()].sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(read.get(f.name)!.equals(f.data)).toBe(true);
  });

  it('npm run zip writes store zips for both browsers with the package.json version, plus the source', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    // Zips what `npm test` just built; never rebuilds dist/ under the real-browser tests' feet.
    if (!existsSync('dist/chrome/manifest.json')) execFileSync(process.execPath, ['--import', 'tsx', 'build.ts']);
    // Into a temp folder: the test leaves dist/ as the build made it.
    const out = tempDir('zips');
    const written = writeZips(process.cwd(), version, join(process.cwd(), 'dist'), out);
    for (const target of ['chrome', 'firefox']) {
      expect(written).toContain(join(out, `ai-origin-${target}-${version}.zip`));
      const files = readZip(readFileSync(join(out, `ai-origin-${target}-${version}.zip`)));
      const manifest = JSON.parse(files.get('manifest.json')!.toString()) as { version: string };
      expect(manifest.version).toBe(version);
      expect([...files.keys()]).toEqual(expect.arrayContaining(['background.js', 'content.js', 'popup.html', 'icons/icon-128.png', '_locales/ko/messages.json']));
    }
    const source = readZip(readFileSync(join(out, `ai-origin-source-${version}.zip`)));
    expect([...source.keys()]).toEqual(expect.arrayContaining(['build.ts', 'package.json', 'package-lock.json', 'README.md', 'src/background/index.ts']));
    expect([...source.keys()].some((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toBe(false);
  });

  it('zips the build it is given (tsx build.ts --zip --out-dir=…), not whatever dist/ holds', () => {
    const build = tempDir('other-build');
    for (const target of ['chrome', 'firefox']) {
      mkdirSync(join(build, target));
      writeFileSync(join(build, target, 'manifest.json'), JSON.stringify({ version: '9.9.9', target }));
    }
    writeZips(process.cwd(), '9.9.9', build);
    for (const target of ['chrome', 'firefox']) {
      const files = readZip(readFileSync(join(build, `ai-origin-${target}-9.9.9.zip`)));
      expect([...files.keys()]).toEqual(['manifest.json']);
      expect(JSON.parse(files.get('manifest.json')!.toString())).toEqual({ version: '9.9.9', target });
    }
  });
});
