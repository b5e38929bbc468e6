/**
 * Chrome's first worker script's way of reading her registry (personal-key.ts elsewhere): the parser
 * arrives with the worker's on-need half (more.ts), the only code that reads her registry; a read before
 * that is a mistake in our code and fails loudly rather than answering unvalidated.
 */
import type { parsePersonal, Personal } from '../shared/personal';

let parse: typeof parsePersonal | null = null;

export const providePersonalParser = (parser: typeof parsePersonal): void => void (parse = parser);

export function readPersonal(raw: unknown): Personal | undefined {
  if (!parse) throw new Error('her registry was read before the worker loaded its parser (background-more.js)');
  return parse(raw);
}
