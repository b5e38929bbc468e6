/**
 * Serialises read-modify-write jobs on storage, so two messages arriving together never overwrite each
 * other's update. One queue per worker life is enough: the worker is the only writer.
 */
export function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
