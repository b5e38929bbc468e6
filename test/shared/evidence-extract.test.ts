/**
 * The origin detective: what a page says about the company behind it, on real-shaped footers (several
 * Korean 사업자 정보 layouts, an Impressum, a US © line, schema.org data, a page with nothing) and on
 * hostile pages (a huge DOM, text made to look like a business number, a script-injected fake footer).
 */
import { describe, expect, it } from 'vitest';
import { EVIDENCE_LIMITS, type Evidence } from '../../src/shared/evidence';
import { suggestFromEvidence } from '../../src/shared/evidence-country';
import { extractEvidence } from '../../src/shared/evidence-extract';

function read(html: string, url = 'https://example.ai/', limits = EVIDENCE_LIMITS): Evidence {
  document.open();
  document.write(html);
  document.close();
  window.history.replaceState(null, '', '/');
  const evidence = extractEvidence(document, limits);
  return { ...evidence, url };
}
const values = (e: Evidence, kind: string) => e.items.filter((i) => i.kind === kind).map((i) => i.value);

describe('Korean 사업자 정보 footers', () => {
  it('reads a one-line footer with | separators (the common layout)', () => {
    const e = read(`<main><h1>AI 글쓰기</h1></main>
      <footer class="site-footer"><p>(주)가나다테크놀로지스 | 대표 : 홍길동 | 사업자등록번호 : 220-81-62517 | 통신판매업신고 : 제2023-서울강남-01234호</p>
      <p>주소 : 서울특별시 강남구 테헤란로 123, 4층 | 고객센터 02-123-4567</p></footer>`);
    expect(values(e, 'business-number')).toEqual(['220-81-62517']);
    const biz = e.items.find((i) => i.kind === 'business-number')!;
    expect(biz).toMatchObject({ valid: true, labelled: true, where: { area: 'footer', hidden: false } });
    expect(biz.where.path).toContain('footer.site-footer');
    expect(biz.context).toContain('사업자등록번호');
    expect(values(e, 'representative')).toEqual(['홍길동']);
    expect(values(e, 'mail-order')).toEqual(['제2023-서울강남-01234호']);
    expect(e.items.find((i) => i.kind === 'address')).toMatchObject({ country: 'KR' });
    expect(values(e, 'address')[0]).toContain('서울특별시 강남구 테헤란로 123');
    const s = suggestFromEvidence(e);
    expect(s.country).toBe('KR');
    expect(s.because.map((i) => i.kind)).toEqual(expect.arrayContaining(['business-number', 'mail-order', 'address']));
  });

  it('reads a definition-list layout (label and value in separate elements)', () => {
    const e = read(`<div id="footer"><dl class="biz">
      <dt>상호명</dt><dd>주식회사 라마바</dd><dt>대표자</dt><dd>김철수</dd>
      <dt>사업자 등록번호</dt><dd>211-88-68802</dd><dt>사업장 소재지</dt><dd>경기도 성남시 분당구 판교역로 235</dd></dl></div>`);
    expect(values(e, 'company')).toEqual(['주식회사 라마바']);
    expect(values(e, 'representative')).toEqual(['김철수']);
    expect(values(e, 'business-number')).toEqual(['211-88-68802']);
    expect(e.items.find((i) => i.kind === 'business-number')!.where.area).toBe('footer');
    expect(suggestFromEvidence(e)).toMatchObject({ country: 'KR', vendor: '주식회사 라마바' });
  });

  it('reads a footer with line breaks and ㅣ separators, and a © line in Korean', () => {
    const e = read(`<footer><div class="company-info">상호 (주)사아자<br>대표이사 이영희 ㅣ 사업자번호 214-87-12348<br>
      부산광역시 해운대구 센텀중앙로 97</div><small>Copyright © 2025 (주)사아자. 모든 권리 보유.</small></footer>`);
    expect(values(e, 'business-number')).toEqual(['214-87-12348']);
    expect(values(e, 'representative')).toEqual(['이영희']);
    expect(values(e, 'address')[0]).toContain('부산광역시 해운대구');
    expect(values(e, 'copyright')).toEqual(['(주)사아자']);
    expect(suggestFromEvidence(e).country).toBe('KR');
  });
});

describe('other countries', () => {
  it('reads a German Impressum', () => {
    const e = read(`<main>…</main><section id="impressum"><h2>Impressum</h2><p>Angaben gemäß § 5 DDG</p>
      <p>Beispiel KI GmbH<br>Friedrichstraße 68<br>10117 Berlin<br>Deutschland</p>
      <p>Handelsregister: HRB 123456 B, Amtsgericht Charlottenburg · USt-IdNr.: DE123456789</p></section>`);
    const imp = e.items.filter((i) => i.kind === 'impressum');
    expect(imp.length).toBeGreaterThan(0);
    expect(imp[0]).toMatchObject({ country: 'DE' });
    expect(imp[0]!.value).toContain('Beispiel KI GmbH');
    expect(suggestFromEvidence(e).country).toBe('DE');
  });

  it('a US © line names the holder; the country comes only from an address', () => {
    const bare = read(`<footer><p>© 2025 Gamma Tech, Inc. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>`);
    expect(values(bare, 'copyright')).toEqual(['Gamma Tech, Inc.']);
    expect(bare.items.filter((i) => i.kind === 'link').map((i) => i.href)).toEqual([
      expect.stringMatching(/\/terms$/), expect.stringMatching(/\/privacy$/),
    ]);
    // "Inc." alone does not say where: vendor suggested, country left to her.
    expect(suggestFromEvidence(bare)).toMatchObject({ country: null, vendor: 'Gamma Tech, Inc.' });

    const withAddress = read(`<footer><p>© 2025 Gamma Tech, Inc.</p><address>548 Market St, San Francisco, CA 94104</address></footer>`);
    expect(withAddress.items.find((i) => i.kind === 'address')).toMatchObject({ country: 'US' });
    expect(suggestFromEvidence(withAddress).country).toBe('US');
  });

  it('reads schema.org Organization data (also inside @graph)', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' },
      { '@type': 'Organization', name: 'Example AI', legalName: 'Example AI SAS', address: { '@type': 'PostalAddress', addressLocality: 'Paris', addressCountry: 'FR' } }] };
    const e = read(`<head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>hello</p></body>`);
    const org = e.items.find((i) => i.kind === 'organization')!;
    expect(org).toMatchObject({ value: 'Example AI SAS', country: 'FR', where: { area: 'data' } });
    expect(suggestFromEvidence(e)).toMatchObject({ country: 'FR', vendor: 'Example AI SAS' });
  });

  it('a page with nothing gives nothing, and never guesses from the domain ending', () => {
    const e = read('<main><h1>Welcome</h1><p>Try our AI now.</p></main>', 'https://something.kr/');
    expect(e.items).toEqual([]);
    expect(suggestFromEvidence(e)).toMatchObject({ country: null, vendor: null, because: [] });
    expect(suggestFromEvidence(null).country).toBeNull();
  });
});

describe('hostile pages', () => {
  it('stops at its budget on a huge DOM, still finding the footer first', () => {
    // Each side alone is over three times the budget below; 60 000 spans a side (session 12) only made
    // jsdom's parser take 26 s of the 30 s limit on a busy 2-core machine, and proved nothing more.
    const filler = Array.from({ length: 8_000 }, (_, i) => `<span>item ${i}</span>`).join('');
    document.open();
    document.write(`<main>${filler}</main><footer>사업자등록번호 220-81-62517</footer><div>${filler}</div>`);
    document.close();
    const started = performance.now();
    const e = extractEvidence(document, { ...EVIDENCE_LIMITS, maxNodes: 5_000 });
    const ms = performance.now() - started;
    expect(e.truncated).toBe(true);
    expect(e.scannedNodes).toBeLessThanOrEqual(5_000);
    expect(values(e, 'business-number')).toEqual(['220-81-62517']);
    // The budget is the guarantee; the time is only reported (jsdom's selector engine: 2.8 s on a busy CI
    // machine against a 4 s bound that was here until session 12; a real browser is far faster).
    const nodes = document.querySelectorAll('*').length;
    console.log(`huge DOM (${nodes} elements): ${e.scannedNodes} read in ${ms.toFixed(0)} ms (jsdom)`);
  }, 30_000);

  it('a number made to look like a 사업자등록번호 fails the check digit and suggests nothing', () => {
    const e = read('<footer><p>사업자등록번호: 123-45-67890</p><p>주문번호 107-87-07451</p></footer>');
    const nums = e.items.filter((i) => i.kind === 'business-number');
    expect(nums.map((i) => [i.value, i.valid])).toEqual([['123-45-67890', false], ['107-87-07451', false]]);
    expect(suggestFromEvidence(e).country).toBeNull();
  });

  it('a hidden business block does not count', () => {
    const e = read('<footer><p style="display:none">사업자등록번호 220-81-62517 서울특별시 강남구 테헤란로 1</p><p>© 2025 Foo LLC</p></footer>');
    expect(e.items.find((i) => i.kind === 'business-number')!.where.hidden).toBe(true);
    expect(suggestFromEvidence(e).country).toBeNull();
  });

  it('a script-injected fake footer is shown beside the real one, with where each was found', () => {
    document.open();
    document.write(`<body><footer class="real">© 2025 Real Maker, Inc. · 1 Main St, Austin, TX 78701</footer></body>`);
    document.close();
    // A page script adds a fake Korean business block, not in a footer.
    const fake = document.createElement('div');
    fake.className = 'promo';
    fake.innerHTML = '<p>상호: 가짜 주식회사 | 사업자등록번호: 605-81-00008 | 주소: 서울특별시 중구 세종대로 110</p>';
    document.body.prepend(fake);
    const e = extractEvidence(document, EVIDENCE_LIMITS);
    const biz = e.items.find((i) => i.kind === 'business-number')!;
    expect(biz.where).toMatchObject({ area: 'page', hidden: false });
    expect(biz.where.path).toContain('div.promo');
    expect(e.items.find((i) => i.kind === 'address' && i.country === 'US')!.where.area).toBe('footer');
    // Both countries are reported: the suggestion shows the conflict instead of silently picking.
    const s = suggestFromEvidence(e);
    expect([s.country, ...s.conflicts].sort()).toEqual(['KR', 'US']);
    expect(s.conflicts.length).toBe(1);
  });

  it('ignores text in scripts, styles and templates, and survives broken JSON-LD', () => {
    const e = read(`<head><script type="application/ld+json">{ not json</script>
      <script>var s = "사업자등록번호 220-81-62517";</script><style>.x::after{content:"220-81-62517"}</style></head>
      <body><template><p>사업자등록번호 220-81-62517</p></template><p>nothing</p></body>`);
    expect(e.items).toEqual([]);
  });

  it('keeps results bounded however many matches a page repeats', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<p>사업자등록번호 ${String(100 + i)}-81-62517</p>`).join('');
    const e = read(`<footer>${rows}</footer>`);
    expect(e.items.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.maxItems);
  });
});
