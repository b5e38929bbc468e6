/** The outcome of one update check, as stored and shown in settings ("결과: …"). */
export const UPDATE_RESULTS = [
  /** Accepted: a newer signed registry is now in use. */
  'updated',
  /** The host still serves the file already in use. */
  'current',
  /** The file is not newer than the registry built into this version of the extension. */
  'bundled-newer',
  // Refusals: the current data stays as it is.
  'network', 'http', 'too-large', 'signature', 'unsupported', 'malformed', 'newer-format',
  'needs-newer-extension', 'older', 'invalid',
] as const;
export type UpdateResult = (typeof UPDATE_RESULTS)[number];

/** Results after which nothing is wrong (whether or not anything changed). */
export const isGoodResult = (r: UpdateResult): boolean => r === 'updated' || r === 'current' || r === 'bundled-newer';
