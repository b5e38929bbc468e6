declare module 'virtual:registry' {
  /** Every bundled entry's brief, packed (packed-briefs.ts): in the worker's script, for lookups and badges without the full data. */
  export const packedBriefs: string;
  /** The full bundled entries (the build: registry.json beside the worker; tests: the files on disk). */
  export const loadTools: () => Promise<readonly import('./types').Tool[]>;
  /** Entries already in memory at start: null in the build (the worker reads them on need); the tests' stand-in has them. */
  export const preloaded: readonly import('./types').Tool[] | null;
}
