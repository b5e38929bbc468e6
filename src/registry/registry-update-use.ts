/**
 * Uses a verified, validated update instead of the bundled registry — only when it is newer than the
 * bundled one — or, with null, the bundled registry again. Apart from registry.ts (which keeps what is in
 * use): only the on-need half of the worker switches registries (src/build/worker-split.ts).
 */
import { BUNDLED_SOURCE, bundledById, loadRegistry, setRegistryUpdate, type RegistrySource } from './registry';
import { runtimeEntry } from './runtime-entry';
import type { Tool } from './types';

/** Reads the bundled entries first (to say which entries the update changed); returns the source now in use. */
export async function useRegistryUpdate(next: { tools: readonly Tool[]; sequence: number; date: string } | null): Promise<RegistrySource> {
  if (!next || next.sequence <= BUNDLED_SOURCE.sequence) {
    setRegistryUpdate(null);
    return BUNDLED_SOURCE;
  }
  await loadRegistry();
  const before = bundledById();
  // As the bundled file holds them (brief.ts): an update that changes only a quote or a note changes nothing shown.
  const tools = next.tools.map(runtimeEntry);
  const source: RegistrySource = { kind: 'update', sequence: next.sequence, date: next.date };
  const updated = new Set(tools.filter((t) => JSON.stringify(t) !== JSON.stringify(before.get(t.id))).map((t) => t.id));
  setRegistryUpdate({ tools, source, updated });
  return source;
}
