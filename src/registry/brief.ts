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
