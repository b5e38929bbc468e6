/**
 * `npm run -s lookup -- <url> [<url> ...]`  one JSON line per URL: {"url","tool": null | {...}}
 * `npm run -s lookup -- --stdin`            URLs one per line on standard input
 * `npm run -s lookup -- --list`             every registry entry, one JSON line each, all fields
 * `--alternatives` (with URLs or --stdin)    adds the ranked Korean alternatives, best first:
 *     "alternatives": [{ "id", "name", "match": "close" | "partial", "jobs": [shared jobs], "integrations" }]
 *     (empty when the tool is Korean or nothing fits)
 * Exit code 2 when the registry itself is invalid.
 */
import { createInterface } from 'node:readline';
import { loadRegistry } from '../load';
import { rankAlternatives } from '../alternatives';
import { buildIndex, lookupUrl } from '../lookup';
import { isDomestic, type Tool } from '../types';

const { tools, errors } = loadRegistry();
if (errors.length > 0) {
  console.error(`registry is invalid:\n${errors.join('\n')}`);
  process.exit(2);
}
const index = buildIndex(tools);

export const describeTool = (tool: Tool) => ({
  id: tool.id,
  name: tool.name.en,
  vendor: tool.vendor,
  country: tool.country,
  domestic: isDomestic(tool),
  models: (tool.models ?? []).map(({ name, vendor, country }) => ({ name, vendor, country })),
  dataCountries: (tool.dataCountries ?? []).map(({ country, recipient }) => ({ country, recipient })),
});

const describeAlternatives = (tool: Tool | null) =>
  (tool ? rankAlternatives(tool, tools) : []).map((alt) => ({
    id: alt.tool.id,
    name: alt.tool.name.en,
    match: alt.match,
    jobs: alt.shared,
    integrations: alt.tool.integrations
      ? { api: alt.tool.integrations.api, webhooks: alt.tool.integrations.webhooks ?? null, connectors: alt.tool.integrations.connectors, checked: alt.tool.integrations.checked }
      : null,
  }));

const args = process.argv.slice(2);
const withAlternatives = args.includes('--alternatives');
const print = (url: string) => {
  const tool = lookupUrl(index, url);
  const line = { url, tool: tool ? describeTool(tool) : null, ...(withAlternatives ? { alternatives: describeAlternatives(tool) } : {}) };
  console.log(JSON.stringify(line));
};
const urls = args.filter((a) => !a.startsWith('--'));
if (args.includes('--list')) {
  for (const tool of tools) console.log(JSON.stringify(tool));
} else if (args.includes('--stdin')) {
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) print(line.trim());
} else if (urls.length === 0) {
  console.error('usage: npm run -s lookup -- [--alternatives] <url> [<url> ...] | --stdin | --list');
  process.exit(1);
} else {
  for (const url of urls) print(url);
}
