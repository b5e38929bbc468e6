/**
 * The canonical text form of a registry entry: keys in the documented order, two-space indent,
 * trailing newline. Tests require every file to equal format(parse(file)), so diffs stay readable.
 */
import type { Tool } from './types';

export const KEY_ORDER: readonly (keyof Tool)[] = [
  'id', 'name', 'vendor', 'country', 'parent', 'legalCountry', 'models', 'category', 'also', 'jobs', 'aiRole',
  'hosts', 'freeTier', 'fit', 'picks', 'integrations', 'dataCountries', 'status', 'sources', 'verified',
  'confidence', 'note',
];

const SOURCE_ORDER = ['url', 'title', 'kind', 'quote'];

const NESTED_ORDER: Record<string, readonly string[]> = {
  name: ['ko', 'en'],
  fit: ['ko', 'en'],
  parent: ['name', 'country'],
  models: ['name', 'vendor', 'country'],
  status: ['state', 'date', 'note'],
  sources: SOURCE_ORDER,
  picks: ['id', 'why'],
  integrations: ['api', 'webhooks', 'connectors', 'checked', 'sources'],
  dataCountries: ['country', 'recipient', 'source'],
};
const DEEPER: Record<string, Record<string, readonly string[]>> = {
  picks: { why: ['ko', 'en'] },
  integrations: { sources: SOURCE_ORDER },
  dataCountries: { source: SOURCE_ORDER },
};

function ordered(value: unknown, order: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, order));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const keys = [...order.filter((k) => k in source), ...Object.keys(source).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}

/** Returns the entry with keys in canonical order (unknown keys kept last, so validation can name them). */
export function canonical(entry: Record<string, unknown>): Record<string, unknown> {
  const top = ordered(entry, KEY_ORDER as readonly string[]) as Record<string, unknown>;
  for (const [key, order] of Object.entries(NESTED_ORDER)) {
    if (!(key in top)) continue;
    top[key] = ordered(top[key], order);
    for (const [inner, innerOrder] of Object.entries(DEEPER[key] ?? {})) {
      const reorder = (item: unknown) => {
        if (item && typeof item === 'object' && inner in item) {
          (item as Record<string, unknown>)[inner] = ordered((item as Record<string, unknown>)[inner], innerOrder);
        }
      };
      if (Array.isArray(top[key])) (top[key] as unknown[]).forEach(reorder);
      else reorder(top[key]);
    }
  }
  return top;
}

export function formatEntry(entry: Record<string, unknown>): string {
  return `${JSON.stringify(canonical(entry), null, 2)}\n`;
}
