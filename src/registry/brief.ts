/**
 * The few facts of an entry that a page visit needs — which tool this URL is, the badge (name, maker,
 * country) and whether its card is due (status, the facts a muted card watches). The worker bundles only
 * these briefs; the full entries (sources, alternatives' jobs, integrations, where input goes…) stay in
 * `registry.json` and are read on first need (registry.ts). Keeping ~480 KB of data out of the worker's
 * script is most of what a cold start costs (issue 19; `npm run bench`).
 */
import type { Tool } from './types';

export type ToolBrief = Pick<Tool, 'id' | 'name' | 'vendor' | 'country' | 'parent' | 'legalCountry' | 'models' | 'status' | 'hosts'>;

export function toBrief({ id, name, vendor, country, parent, legalCountry, models, status, hosts }: Tool): ToolBrief {
  return { id, name, vendor, country, hosts, ...(parent ? { parent } : {}), ...(legalCountry ? { legalCountry } : {}), ...(models ? { models } : {}), ...(status ? { status } : {}) };
}

/** The file the build writes the full, validated entries to, beside background.js. */
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
