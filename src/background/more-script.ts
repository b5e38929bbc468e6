/** The file name of Chrome's second worker script (src/build/worker-split.ts, load-more.worker.ts). */
export const MORE_SCRIPT = 'background-more.js';
