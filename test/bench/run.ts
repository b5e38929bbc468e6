/**
 * `npm run bench`: size and speed figures, printed as a table. Targets live here, not in timed tests.
 * Each section is its own module; run after `tsx build.ts` (the npm script does that).
 */
import { bundleSizes } from './bundle-sizes';
import { registryLookup } from './registry-lookup';
import { storageYear } from './storage-year';

const sections: { title: string; rows: () => Promise<[string, string][]> | [string, string][] }[] = [
  { title: 'Bundle sizes (dist/chrome)', rows: bundleSizes },
  { title: 'Registry lookup', rows: registryLookup },
  { title: 'Storage after a heavy year', rows: storageYear },
  { title: 'Popup: size and time to tool card + tally (real Chromium)', rows: async () => (await import('./popup-bench')).popupBench() },
];

for (const section of sections) {
  console.log(`\n## ${section.title}`);
  for (const [name, value] of await section.rows()) console.log(`${name.padEnd(44)} ${value}`);
}
