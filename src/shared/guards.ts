/**
 * The run-time checks every context shares: what an object is, what a tool id is. One home, so a rule
 * (e.g. "a tool id can never be `constructor`") holds for messages, storage, imports and the registry alike.
 */
export type Obj = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Names every object inherits (`constructor`, `__proto__`, `hasOwnProperty`…): never an id or a key we store. */
export const INHERITED_NAMES: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype).map((k) => k.toLowerCase()).concat('prototype'),
);

// Lowercase letters, digits and hyphens: registry ids are kebab-case, her own entries `mine-<host>` (which
// may hold "--" from punycode hosts). The registry's validator adds its stricter kebab-case rule.
const TOOL_ID = /^[a-z0-9-]+$/;
export const MAX_TOOL_ID = 64;

/** A tool id: at most 64 of [a-z0-9-], and not an inherited property name. */
export const isToolId = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_TOOL_ID && TOOL_ID.test(v) && !INHERITED_NAMES.has(v);
