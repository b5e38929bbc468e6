/**
 * What a page says about the company behind it, read once in the page (evidence-extract.ts) when the
 * user asks to add the site as an AI tool. Each item says what was found and WHERE, so she can judge it:
 * a page can put anything in its DOM, so nothing here is taken as fact.
 */

export type EvidenceKind =
  | 'business-number' // 사업자등록번호 NNN-NN-NNNNN
  | 'company' // 상호 / 회사명
  | 'representative' // 대표자
  | 'mail-order' // 통신판매업신고
  | 'address' // 주소 (Korean or other)
  | 'copyright' // © line: the holder
  | 'impressum' // an Impressum / imprint block
  | 'organization' // schema.org Organization (JSON-LD)
  | 'link'; // a link to terms, privacy, imprint or about pages

export interface EvidenceWhere {
  /** footer: inside a footer-like element; page: elsewhere in the page; data: JSON-LD; */
  area: 'footer' | 'page' | 'data';
  /** A short CSS-like path to the element ("footer.site > div > p"). */
  path: string;
  /** Not visible (display:none, visibility:hidden, hidden, aria-hidden): weaker evidence. */
  hidden: boolean;
}

export interface EvidenceItem {
  kind: EvidenceKind;
  /** The value found (a number, a name, an address, a link's text). */
  value: string;
  /** The text around it (≤ 200 characters), to show her where it came from. */
  context: string;
  where: EvidenceWhere;
  /** business-number: the check digit is right. A made-up 123-45-67890 fails it. */
  valid?: boolean;
  /** business-number: next to a label (사업자등록번호) rather than a bare number. */
  labelled?: boolean;
  /** organization / impressum / address: the country it names, ISO alpha-2, when it names one. */
  country?: string;
  /** link: where it points (never fetched). */
  href?: string;
}

export interface Evidence {
  url: string;
  title: string;
  items: EvidenceItem[];
  /** Text nodes read; the reader stops at a fixed budget on huge pages. */
  scannedNodes: number;
  truncated: boolean;
}

/** Budgets for one read of a page (huge DOMs are cut, not walked in full). */
export interface EvidenceLimits {
  maxNodes: number;
  maxChars: number;
  maxItems: number;
  maxJsonLd: number;
  maxLinks: number;
}

export const EVIDENCE_LIMITS: EvidenceLimits = { maxNodes: 20_000, maxChars: 400_000, maxItems: 40, maxJsonLd: 20, maxLinks: 3_000 };
