/**
 * The id of the visit a page load starts. It is derived from the document itself — the moment it started
 * loading (`performance.timeOrigin`) and its origin — so a copy of the content script injected again by an
 * install or update into an already-open page sends the same id the old copy sent, and the worker, which
 * counts each visit id once, does not count the page a second time. Later visits within the same document
 * (single-page navigation back onto a tool path, a back/forward-cache restore) use random ids instead.
 */
export function documentVisitId(timeOrigin = performance.timeOrigin, origin = location.origin): string {
  // FNV-1a: the origin only has to tell two pages loaded in the same microsecond apart, not be stored.
  let hash = 0x811c9dc5;
  for (let i = 0; i < origin.length; i++) hash = Math.imul(hash ^ origin.charCodeAt(i), 0x01000193);
  return `doc-${Math.round(timeOrigin * 1000).toString(36)}-${(hash >>> 0).toString(36)}`;
}
