/**
 * Makers' names as Korean readers know them ("콰이쇼우(快手)", "바이트댄스", "오픈AI"), shown in the Korean UI
 * instead of the legal name the registry records (which stays in the entry, the tooltip and the English UI).
 * Only names established in Korean press; everything else keeps the legal name.
 */
const KOREAN_VENDOR_NAMES: readonly [prefix: string, ko: string][] = [
  ['Kuaishou', '콰이쇼우(快手)'], ['ByteDance', '바이트댄스(字节跳动)'], ['Beijing Douyin', '바이트댄스(字节跳动)'],
  ['Alibaba', '알리바바(阿里巴巴)'], ['Tencent', '텐센트(腾讯)'], ['Baidu', '바이두(百度)'],
  ['Hangzhou DeepSeek', '딥시크(深度求索)'], ['DeepSeek', '딥시크(深度求索)'], ['Moonshot AI', '문샷AI(月之暗面)'],
  ['Zhipu', '즈푸AI(智谱)'], ['MiniMax', '미니맥스'], ['iFLYTEK', '아이플라이텍(科大讯飞)'],
  ['Google', '구글'], ['Microsoft', '마이크로소프트'], ['OpenAI', '오픈AI'], ['Anthropic', '앤트로픽'],
  ['Meta Platforms', '메타'], ['Amazon', '아마존'], ['Adobe', '어도비'], ['GitHub', '깃허브'], ['Apple', '애플'],
  ['NAVER Cloud', '네이버클라우드'], ['NAVER', '네이버'], ['Kakao', '카카오'], ['SK Telecom', 'SK텔레콤'],
  ['Samsung SDS', '삼성SDS'], ['Samsung', '삼성전자'], ['LG AI Research', 'LG AI연구원'], ['Upstage', '업스테이지'],
  ['ESTsoft', '이스트소프트'], ['Yandex', '얀덱스'],
];

/** The maker's name for the UI language: an established Korean name in Korean, the legal name otherwise. */
export function vendorLabel(vendor: string, lang: 'ko' | 'en'): string {
  if (lang !== 'ko') return vendor;
  const hit = KOREAN_VENDOR_NAMES.find(([prefix]) => vendor === prefix || vendor.startsWith(`${prefix} `) || vendor.startsWith(`${prefix},`));
  return hit ? hit[1] : vendor;
}
