/**
 * `npm run -s lookup -- <url> [<url> ...]`  one JSON line per URL: {"url","tool": null | {...}}
 * `npm run -s lookup -- --stdin`            URLs one per line on standard input
 * `npm run -s lookup -- --list`             every registry entry, one JSON line each, all fields
 * Exit code 2 when the registry itself is invalid.
 */
import { createInterface } from 'node:readline';
import { loadRegistry } from '../load';
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
});

const print = (url: string) => {
  const tool = lookupUrl(index, url);
  console.log(JSON.stringify({ url, tool: tool ? describeTool(tool) : null }));
};

const args = process.argv.slice(2);
if (args.includes('--list')) {
  for (const tool of tools) console.log(JSON.stringify(tool));
} else if (args.includes('--stdin')) {
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) print(line.trim());
} else if (args.length === 0) {
  console.error('usage: npm run -s lookup -- <url> [<url> ...] | --stdin | --list');
  process.exit(1);
} else {
  for (const url of args) print(url);
}
