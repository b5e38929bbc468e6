/**
 * Turns what a page says about itself (evidence.ts) into a suggestion for the form: a country and a
 * company name, each with the items behind it. Never from the domain ending (`.ai`, `.io`, `.kr` say
 * nothing about a company), and never a fact: she confirms or edits. Hidden items and business numbers
 * whose check digit is wrong do not count; disagreeing countries are reported as a conflict.
 */
import type { Evidence, EvidenceItem } from './evidence';

export interface Suggestion {
  country: string | null;
  /** The items that point to `country` (what the form shows under it). */
  because: EvidenceItem[];
  /** Other countries some visible evidence points to (she should look closer). */
  conflicts: string[];
  vendor: string | null;
  vendorFrom: EvidenceItem | null;
}

/** How strongly an item points to a country (0: not at all). */
function weigh(item: EvidenceItem): { country: string; weight: number } | null {
  if (item.where.hidden) return null;
  switch (item.kind) {
    case 'business-number':
      // A real 사업자등록번호 (right check digit) means a business registered in Korea.
      return item.valid ? { country: 'KR', weight: item.labelled ? 3 : 1 } : null;
    case 'mail-order':
      return { country: 'KR', weight: 2 };
    case 'address':
      return item.country ? { country: item.country, weight: 2 } : null;
    case 'impressum':
      return item.country ? { country: item.country, weight: 2 } : null;
    case 'organization':
      return item.country ? { country: item.country, weight: 2 } : null;
    default:
      return null;
  }
}

const VENDOR_ORDER: EvidenceItem['kind'][] = ['company', 'organization', 'impressum', 'copyright'];

export function suggestFromEvidence(evidence: Evidence | null): Suggestion {
  const items = evidence?.items ?? [];
  const scores = new Map<string, number>();
  for (const item of items) {
    const w = weigh(item);
    if (w) scores.set(w.country, (scores.get(w.country) ?? 0) + w.weight);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0];
  // A tie between two countries is not a suggestion: she has to look.
  const country = top && !(ranked[1] && ranked[1][1] === top[1]) ? top[0] : null;
  const because = country ? items.filter((i) => weigh(i)?.country === country) : [];
  const conflicts = ranked.map(([c]) => c).filter((c) => c !== country);
  let vendorFrom: EvidenceItem | null = null;
  for (const kind of VENDOR_ORDER) {
    vendorFrom = items.find((i) => i.kind === kind && !i.where.hidden && i.value !== '?') ?? null;
    if (vendorFrom) break;
  }
  return { country, because, conflicts, vendor: vendorFrom?.value ?? null, vendorFrom };
}
