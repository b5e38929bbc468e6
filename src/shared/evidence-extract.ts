/**
 * Reads what a page publishes about the company behind it: Korean 사업자 정보 footers, © lines,
 * Impressum blocks, schema.org Organization data, links to terms/privacy pages.
 *
 * The popup runs this ONCE in the page with `scripting.executeScript({ func })` (activeTab, granted by
 * the toolbar click), in the extension's isolated world, so the page's own globals cannot tamper with
 * it. The browser serialises the function's source: it must use nothing from outside its own body
 * (types only). Work is bounded: footer-like elements first, then the page from its end (where footers
 * are) up to `limits.maxNodes` text nodes. The result only says what was found and where; a page can
 * write anything, so the user decides (evidence-country.ts turns it into a suggestion, never a fact).
 */
import type { Evidence, EvidenceItem, EvidenceLimits, EvidenceWhere } from './evidence';

export function extractEvidence(page: Document | null, limits: EvidenceLimits): Evidence {
  // Run through scripting.executeScript the function gets only JSON arguments: null means "this page".
  const doc = page ?? document;
  const items: EvidenceItem[] = [];
  const seen = new Set<string>();
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  // Footer-like containers (simple selectors: attribute-substring ones cost seconds on huge DOMs in jsdom).
  const FOOTER = 'footer, [role="contentinfo"], address, #footer, .footer';
  /** Inside a footer-like element (checked only for what was found: cheap on any page). */
  const inFooter = (el: Element | null): boolean => {
    for (let e = el, i = 0; e && i < 25; e = e.parentElement, i++) {
      if (/^(FOOTER|ADDRESS)$/i.test(e.tagName) || e.getAttribute('role') === 'contentinfo') return true;
      if (/footer|company-?info|biz-?info|business-?info/i.test(`${e.id} ${typeof e.className === 'string' ? e.className : ''}`)) return true;
    }
    return false;
  };
  const BLOCK = 'p, li, div, dd, dt, tr, td, th, address, footer, section, article, h1, h2, h3, h4, h5, h6, ul, ol, dl, table, br, header, nav, aside, main';
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA', 'INPUT', 'SELECT']);

  const describe = (el: Element | null): string => {
    const parts: string[] = [];
    for (let e = el, i = 0; e && e !== doc.body && e !== doc.documentElement && i < 4; e = e.parentElement, i++) {
      const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/)[0] : '';
      parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${clip(e.id, 24)}` : cls ? `.${clip(cls, 24)}` : ''));
    }
    return parts.join(' > ') || 'body';
  };
  const view = doc.defaultView;
  const isHidden = (el: Element | null): boolean => {
    for (let e = el, i = 0; e && i < 40; e = e.parentElement, i++) {
      if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
      const style = view?.getComputedStyle?.(e);
      if (style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')) return true;
    }
    return false;
  };
  const whereOf = (el: Element | null, footer: boolean): EvidenceWhere => ({ area: footer || inFooter(el) ? 'footer' : 'page', path: describe(el), hidden: isHidden(el) });
  const add = (item: EvidenceItem) => {
    const key = `${item.kind}|${item.value}|${item.where.path}`;
    if (seen.has(key) || items.length >= limits.maxItems) return;
    seen.add(key);
    items.push(item);
  };

  // ---- 1. Text, read in bounded chunks: footer-like elements first, then the page from its end.
  interface Chunk { start: number; end: number; el: Element; footer: boolean }
  const chunks: Chunk[] = [];
  let text = '';
  let nodes = 0;
  let truncated = false;
  const done = new Set<Node>();
  const readNodes = (list: Text[], footer: boolean) => {
    let lastBlock: Element | null = null;
    for (const node of list) {
      const el = node.parentElement;
      if (!el) continue;
      const value = squash(node.nodeValue ?? '');
      if (!value) continue;
      const block = el.closest(BLOCK);
      text += lastBlock === block ? ' ' : '\n';
      const start = text.length;
      text += clip(value, 2_000);
      chunks.push({ start, end: text.length, el, footer });
      lastBlock = block;
    }
    text += '\n';
  };
  const budgetLeft = () => nodes < limits.maxNodes && text.length < limits.maxChars;
  const walkerOf = (root: Node) => doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const skipped = (node: Node): boolean => {
    for (let e = node.parentElement, i = 0; e && i < 6; e = e.parentElement, i++) if (SKIP.has(e.tagName.toUpperCase())) return true;
    return false;
  };

  const footers: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(FOOTER)).slice(0, 200)) {
    if (!footers.some((f) => f.contains(el))) footers.push(el);
    if (footers.length >= 20) break;
  }
  for (const footer of footers) {
    const list: Text[] = [];
    const walker = walkerOf(footer);
    for (let n = walker.nextNode(); n && budgetLeft(); n = walker.nextNode()) {
      nodes++;
      done.add(n);
      if (!skipped(n)) list.push(n as Text);
    }
    if (!budgetLeft()) truncated = true;
    readNodes(list, true);
  }
  if (doc.body && budgetLeft()) {
    const walker = walkerOf(doc.body);
    walker.currentNode = doc.body;
    let last: Node | null = doc.body;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = last;
    const list: Text[] = [];
    let chars = text.length;
    for (let n: Node | null = last.nodeType === 3 ? last : walker.previousNode(); n; n = walker.previousNode()) {
      if (nodes >= limits.maxNodes || chars >= limits.maxChars) {
        truncated = true;
        break;
      }
      nodes++;
      if (done.has(n) || skipped(n)) continue;
      list.push(n as Text);
      chars += Math.min((n.nodeValue ?? '').length, 2_000) + 1;
    }
    list.reverse();
    readNodes(list, false);
  }

  const chunkAt = (offset: number): Chunk | null => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = chunks[mid]!;
      if (offset < c.start) hi = mid - 1;
      else if (offset > c.end) lo = mid + 1;
      else return c;
    }
    return chunks[Math.min(lo, chunks.length - 1)] ?? null;
  };
  const lineAround = (index: number, length: number): string => {
    const from = text.lastIndexOf('\n', index) + 1;
    const nl = text.indexOf('\n', index + length);
    const to = nl < 0 ? text.length : nl;
    const line = text.slice(from, to).trim();
    if (line.length <= 200) return line;
    const start = Math.max(from, index - 60);
    return clip(text.slice(start, Math.min(to, start + 200)).trim(), 200);
  };
  const found = (kind: EvidenceItem['kind'], value: string, index: number, length: number, extra: Partial<EvidenceItem> = {}) => {
    const c = chunkAt(index);
    add({ kind, value: clip(squash(value), 120), context: lineAround(index, length), where: whereOf(c?.el ?? null, c?.footer ?? false), ...extra });
  };

  // ---- 2. Korean business information (사업자 정보).
  const bizValid = (digits: string): boolean => {
    const d = digits.split('').map(Number);
    const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += d[i]! * w[i]!;
    sum += Math.floor((d[8]! * 5) / 10);
    return (10 - (sum % 10)) % 10 === d[9];
  };
  const END = '(?=\\s*(?:[|ㅣ│·•/\\n]|대표|사업자|주소|소재지|전화|TEL|Tel|팩스|FAX|이메일|E-?mail|통신|개인정보|호스팅|고객|$))';
  const labelledBiz = /(사업자\s*등록\s*번호|사업자\s*번호|Business\s*(?:Registration|License)\s*(?:No\.?|Number))\s*[:：]?\s*(\d{3})\s*-\s*(\d{2})\s*-\s*(\d{5})(?!\d)/gi;
  const bareBiz = /(?<![\d-])(\d{3})-(\d{2})-(\d{5})(?![\d-])/g;
  const numbersSeen = new Set<number>();
  for (const m of text.matchAll(labelledBiz)) {
    const value = `${m[2]}-${m[3]}-${m[4]}`;
    numbersSeen.add(m.index! + m[0].length);
    found('business-number', value, m.index!, m[0].length, { valid: bizValid(value.replace(/-/g, '')), labelled: true });
  }
  for (const m of text.matchAll(bareBiz)) {
    if (numbersSeen.has(m.index! + m[0].length)) continue;
    found('business-number', m[0], m.index!, m[0].length, { valid: bizValid(m[0].replace(/-/g, '')), labelled: false });
  }
  for (const m of text.matchAll(new RegExp(`(?:상호\\s*명?|회사\\s*명|법인\\s*명)\\s*[:：]?\\s*([^\\n|ㅣ│·•]{2,60}?)${END}`, 'g'))) {
    found('company', m[1]!, m.index!, m[0].length);
  }
  for (const m of text.matchAll(new RegExp(`(?:대표자\\s*명?|대표\\s*이사|대표|CEO)\\s*[:：]?\\s*([가-힣A-Za-z][가-힣A-Za-z ,.]{0,30}?)${END}`, 'g'))) {
    if (/^(번호|전화|메일|문의)/.test(m[1]!)) continue;
    found('representative', m[1]!, m.index!, m[0].length);
  }
  for (const m of text.matchAll(/통신\s*판매\s*업?\s*신고\s*(?:번호)?\s*[:：]?\s*(제?\s*\d{4}\s*-\s*[가-힣A-Za-z]+(?:\s*-\s*[가-힣A-Za-z]+)?\s*-\s*\d{3,6}\s*호?)/g)) {
    found('mail-order', m[1]!, m.index!, m[0].length);
  }
  const KR_REGION = '(?:서울특별시|서울시|서울|부산광역시|부산|대구광역시|대구|인천광역시|인천|광주광역시|대전광역시|대전|울산광역시|울산|세종특별자치시|세종시|경기도|경기|강원특별자치도|강원도|충청북도|충북|충청남도|충남|전북특별자치도|전라북도|전북|전라남도|전남|경상북도|경북|경상남도|경남|제주특별자치도|제주)';
  const krAddress = new RegExp(`${KR_REGION}\\s+[가-힣]{1,8}(?:시|군|구)\\s+[^\\n|ㅣ│]{2,70}?${END}`, 'g');
  for (const m of text.matchAll(krAddress)) found('address', m[0], m.index!, m[0].length, { country: 'KR' });
  for (const m of text.matchAll(new RegExp(`(?:주소|사업장\\s*소재지|소재지|본사)\\s*[:：]?\\s*([^\\n|ㅣ│]{6,100}?)${END}`, 'g'))) {
    if (new RegExp(`^${KR_REGION}\\s`).test(m[1]!)) continue; // already found as a Korean address
    found('address', m[1]!, m.index!, m[0].length);
  }

  // ---- 3. © lines, US-style addresses, Impressum.
  for (const m of text.matchAll(/(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?([^\n|]{2,90}?)(?=\s*(?:All\s+rights|모든\s*권리|Alle\s+Rechte|\||\n|$))/gi)) {
    let holder = m[1]!.replace(/^(by|©)\s+/i, '').replace(/[\s,]+$/, '');
    if (holder.endsWith('.') && !/\b(Inc|Ltd|Co|Corp|LLC|S\.A|B\.V|N\.V)\.$/.test(holder)) holder = holder.slice(0, -1);
    if (/[A-Za-z가-힣]/.test(holder)) found('copyright', holder, m.index!, m[0].length);
  }
  const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
  for (const m of text.matchAll(new RegExp(`\\b[A-Z][A-Za-z .'-]{1,30},\\s*(?:${US_STATES})\\s+\\d{5}(?:-\\d{4})?\\b`, 'g'))) {
    found('address', m[0], m.index!, m[0].length, { country: 'US' });
  }
  const impressum = /\b(Impressum|Imprint|Legal\s+Notice|Angaben\s+gem(?:ä|ae)ß\s*§\s*5\s*(?:TMG|DDG))\b/gi;
  for (const m of text.matchAll(impressum)) {
    const block = text.slice(m.index!, m.index! + 600);
    const country = /Deutschland|Germany|\bHRB\s*\d|Amtsgericht|USt-?Id(?:Nr)?\.?\s*:?\s*DE\s?\d{9}/i.test(block) ? 'DE'
      : /Österreich|Austria|\bATU\d{8}|\bFN\s*\d+\s*[a-z]\b/i.test(block) ? 'AT'
        : /Schweiz|Switzerland|Suisse|\bCHE-\d{3}/i.test(block) ? 'CH' : undefined;
    const postcode = /\b\d{4,5}\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+[A-ZÄÖÜ]?[a-zäöüß]+)?/.exec(block);
    const company = /([A-ZÄÖÜ][\wäöüß&.\- ]{1,60}?\s(?:GmbH|AG|UG|SE|KG|e\.K\.|GmbH\s*&\s*Co\.\s*KG))\b/.exec(block);
    // An "Impressum" link in a menu is not the block itself: it needs an address or a company form.
    if (!postcode && !company && !country) continue;
    found('impressum', [company?.[1], postcode?.[0]].filter(Boolean).join(', ') || squash(block.slice(0, 80)), m.index!, m[0].length,
      country ? { country } : {});
  }

  // ---- 4. schema.org Organization in JSON-LD (bounded: a few scripts, each a bounded size).
  const COUNTRY_NAMES: Record<string, string> = {
    'korea': 'KR', 'south korea': 'KR', 'republic of korea': 'KR', '대한민국': 'KR', '한국': 'KR', 'united states': 'US', 'usa': 'US',
    'united states of america': 'US', 'germany': 'DE', 'deutschland': 'DE', 'france': 'FR', 'united kingdom': 'GB', 'uk': 'GB',
    'china': 'CN', 'japan': 'JP', 'singapore': 'SG', 'canada': 'CA', 'israel': 'IL', 'australia': 'AU', 'netherlands': 'NL',
    'switzerland': 'CH', 'austria': 'AT', 'czech republic': 'CZ', 'czechia': 'CZ', 'sweden': 'SE', 'india': 'IN',
  };
  const countryOf = (v: unknown): string | undefined => {
    const raw = typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string' ? (v as { name: string }).name : '';
    const s = raw.trim();
    if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase();
    return COUNTRY_NAMES[s.toLowerCase()];
  };
  const ORG = /^(Organization|Corporation|LocalBusiness|OnlineBusiness|OnlineStore|NGO|EducationalOrganization|NewsMediaOrganization|SoftwareCompany)$/;
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, limits.maxJsonLd);
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (source.length > 100_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let visited = 0; queue.length > 0 && visited < 200; visited++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node.slice(0, 50));
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const o = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o['@type']).filter((x): x is string => typeof x === 'string');
      if (types.some((t) => ORG.test(t))) {
        const name = typeof o.legalName === 'string' ? o.legalName : typeof o.name === 'string' ? o.name : '';
        const address = ([] as unknown[]).concat(o.address)[0] as Record<string, unknown> | undefined;
        const country = address && typeof address === 'object' ? countryOf(address.addressCountry) : undefined;
        const locality = address && typeof address === 'object' && typeof address.addressLocality === 'string' ? address.addressLocality : '';
        if (name || country) {
          add({
            kind: 'organization',
            value: clip(squash(name || '?'), 120),
            context: clip(squash([name, locality, address && typeof address === 'object' ? String(address.addressCountry ?? '') : ''].filter(Boolean).join(', ')), 200),
            where: { area: 'data', path: describe(script), hidden: false },
            ...(country ? { country } : {}),
          });
        }
      }
      for (const key of ['@graph', 'publisher', 'provider', 'author', 'creator', 'brand', 'parentOrganization']) if (key in o) queue.push(o[key]);
    }
  }

  // ---- 5. Links to the pages where companies say who they are (shown, never fetched).
  const LINK = /(이용\s*약관|약관|개인\s*정보|terms|privacy|impressum|imprint|legal|회사\s*소개|about)/i;
  const all = doc.links;
  const tail: Element[] = [];
  for (let i = Math.max(0, all.length - limits.maxLinks); i < all.length; i++) tail.push(all[i]!);
  let linkCount = 0;
  for (const a of tail) {
    const label = squash(a.textContent ?? '').slice(0, 60);
    const href = (a as HTMLAnchorElement).href;
    if (!/^https?:/i.test(href) || !(LINK.test(label) || LINK.test(href.replace(/^https?:\/\/[^/]+/, '')))) continue;
    if (linkCount++ >= 8) break;
    add({ kind: 'link', value: label || href, context: clip(href, 200), where: whereOf(a, false), href: clip(href, 500) });
  }

  return { url: doc.location?.href ?? '', title: clip(squash(doc.title ?? ''), 120), items, scannedNodes: nodes, truncated };
}
