/**
 * chrome.i18n.getMessage's formatting, for when we must pick the catalogue ourselves (the user chose a
 * language other than the browser's): "$NAME$" placeholders resolve to their "$1".."$9" content.
 */
export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function formatMessage(catalogue: Catalogue, key: string, subs?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  });
}
