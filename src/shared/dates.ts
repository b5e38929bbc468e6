/** Local-calendar day keys ("2026-11-23"): usage is tallied per day in the user's own time zone. */
const pad = (n: number): string => String(n).padStart(2, '0');

export function dayKey(time: number | Date): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Milliseconds since epoch of the next local midnight after `time` (DST-safe: built from calendar fields). */
export function nextMidnight(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
