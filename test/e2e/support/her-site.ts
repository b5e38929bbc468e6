/**
 * Made-up AI sites the registry lacks, for her own registry's real-browser tests (issue 13): served by the
 * local fake-sites server like the others, with a Korean 사업자 정보 footer (valid check digit), a Seoul
 * address and a © line, as such services publish. Their origins can be pre-granted (support/pre-grant.ts).
 */
import { tempDir } from '../../support/temp-dir';
import { launchExtension, type Harness, type LaunchOptions } from './extension';
import { preGrantOrigins } from './pre-grant';

export const HER_SITE = 'unlisted-ai.test';
/** A second unlisted site, never added: the add form's tallest state (evidence found). */
export const OTHER_SITE = 'another-ai.test';
export const siteOrigins = (host: string): string[] => [`*://${host}/*`, `*://www.${host}/*`];

export const herSitePage = (host: string, path: string): string => (host.endsWith(HER_SITE) || host.endsWith(OTHER_SITE)
  ? `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>언리스티드 AI - 글쓰기 도우미</title></head>
     <body><h1>언리스티드 AI ${path}</h1><textarea id="prompt"></textarea>
     <footer><p>상호 : (주)언리스티드 | 대표 : 김하나 | 사업자등록번호 : 220-81-62517 | 통신판매업신고 : 제2024-서울강남-01234호</p>
     <p>주소 : 서울특별시 강남구 테헤란로 123, 4층</p><p>© 2026 Unlisted Inc. All rights reserved.</p>
     <a href="/terms">이용약관</a> <a href="/privacy">개인정보처리방침</a></footer></body></html>`
  : `<!doctype html><html><head><meta charset="utf-8"><title>${host}${path}</title></head><body><h1>${host}</h1><textarea id="prompt"></textarea></body></html>`);

/**
 * A fresh profile launched once (so Chrome knows the extension, and its first-install tab is behind us),
 * closed, its Preferences granting `origins` (none: the ungranted path), launched again with `hosts` served.
 */
export async function launchGranted(hosts: readonly string[], origins: string[], options: LaunchOptions = {}, profileDir = tempDir('granted')): Promise<Harness & { profileDir: string }> {
  const all = { body: herSitePage, ...options, profileDir };
  const first = await launchExtension(hosts, all);
  const id = first.extensionId;
  await first.close();
  if (origins.length > 0) preGrantOrigins(profileDir, id, origins);
  const h = await launchExtension(hosts, all);
  if (h.extensionId !== id) throw new Error('extension id changed between launches');
  return { ...h, profileDir };
}
