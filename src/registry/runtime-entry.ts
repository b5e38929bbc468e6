/**
 * The registry file the worker reads on need (registry.ts): the validated entries as the extension uses
 * them, written by the build beside background.js.
 */
import type { Tool } from './types';

export const REGISTRY_FILE = 'registry.json';

/**
 * An entry as the extension uses it: without the reviewers' parts nothing shows — each source's deciding
 * `quote` and the entry's `note` (a third of the file). Both stay in tools/*.json and in signed updates.
 */
export function runtimeEntry(tool: Tool): Tool {
  const { note: _note, sources, integrations, dataCountries, ...rest } = tool;
  const bare = <S extends { quote?: string }>({ quote: _quote, ...source }: S): Omit<S, 'quote'> => source;
  return {
    ...rest,
    sources: sources.map(bare),
    ...(integrations ? { integrations: { ...integrations, sources: integrations.sources.map(bare) } } : {}),
    ...(dataCountries ? { dataCountries: dataCountries.map((d) => ({ ...d, source: bare(d.source) })) } : {}),
  };
}
