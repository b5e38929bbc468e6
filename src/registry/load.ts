/** Node-only: reads tools/*.json from disk (for build.ts, the CLIs and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRegistry } from './validate';
import type { Tool } from './types';

// A string path, not `new URL()`: under jsdom the global URL is not Node's.
export const TOOLS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'tools');

export interface RegistryFile { file: string; text: string }

export function readRegistryFiles(dir = TOOLS_DIR): RegistryFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Parses and validates every file; errors name the file. */
export function loadRegistry(dir = TOOLS_DIR): { tools: Tool[]; errors: string[] } {
  const errors: string[] = [];
  const raw: unknown[] = [];
  for (const { file, text } of readRegistryFiles(dir)) {
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch (e) {
      errors.push(`${file}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const id = (entry as { id?: unknown } | null)?.id;
    if (`${String(id)}.json` !== file) errors.push(`${file}: file name must be <id>.json (id is ${JSON.stringify(id)})`);
    raw.push(entry);
  }
  // One file per tool: the registry's order is by id (file names sort differently around '-').
  raw.sort((a, b) => (String((a as { id?: unknown }).id) < String((b as { id?: unknown }).id) ? -1 : 1));
  const result = validateRegistry(raw);
  return { tools: result.tools, errors: [...errors, ...result.errors] };
}
