/**
 * How the storage gateway reads her registry (storage-keys.ts): shared/personal.ts's parser. Chrome's
 * first worker script has personal-key.worker.ts in its place, which gets the parser from the worker's
 * on-need half as it loads: only that half reads her registry (issue 19; src/build/worker-split.ts).
 */
import { parsePersonal, type Personal } from '../shared/personal';

export const readPersonal = (raw: unknown): Personal | undefined => parsePersonal(raw);

/** Here the parser is always at hand. */
export const providePersonalParser = (parse: typeof parsePersonal): void => void parse;
