/**
 * `npm run registry:format [-- id…]`: rewrites tools/*.json (or only the named ones) in the canonical form.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatEntry } from '../format';
import { readRegistryFiles, TOOLS_DIR } from '../load';

const only = new Set(process.argv.slice(2).map((a) => `${a.replace(/^.*\//, '').replace(/\.json$/, '')}.json`));
let changed = 0;
for (const { file, text } of readRegistryFiles()) {
  if (only.size && !only.has(file)) continue;
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(text) as Record<string, unknown>;
  } catch {
    console.error(`${file}: not valid JSON, left as is`);
    continue;
  }
  for (const key of ['hosts', 'also'] as const) if (Array.isArray(entry[key])) entry[key] = [...new Set(entry[key] as string[])].sort();
  const formatted = formatEntry(entry);
  if (formatted !== text) writeFileSync(join(TOOLS_DIR, file), formatted), changed++;
}
console.log(`Formatted ${changed} file(s).`);
