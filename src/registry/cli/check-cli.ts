/**
 * `npm run -s registry:check -- [id…]`: validates the registry and prints the errors, optionally only those
 * of the named entries. Exits 1 on any (shown) error. For people and scripts editing tools/*.json.
 */
import { loadRegistry } from '../load';

const only = process.argv.slice(2).map((a) => a.replace(/^.*\//, '').replace(/\.json$/, ''));
const { tools, errors } = loadRegistry();
const shown = only.length ? errors.filter((e) => only.some((id) => e.startsWith(`${id}:`) || e.startsWith(`${id}.json:`))) : errors;
for (const e of shown) console.error(e);
if (shown.length) process.exit(1);
console.log(only.length ? `OK: ${only.join(', ')}` : `OK: ${tools.length} tools`);
