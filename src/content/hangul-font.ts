/**
 * The card's font stack with this platform's own Hangul font first. A family the system lacks is not
 * free: the first time a page's renderer meets the name, Chrome asks the browser process for it (a
 * synchronous font-matching IPC, 0.1–0.8 ms each on the card's layout here), and the card is most often
 * the first Hangul a foreign tool's page draws. Naming the font that exists first skips those misses:
 * on Linux the card's page cost fell from 9.2–9.8 to 8.2–8.9 ms (three runs of 10–14 interleaved pairs,
 * issue 19). Every stack still names all three, so a wrong guess only costs the old misses, never Hangul.
 */
const APPLE = '"Apple SD Gothic Neo"';
const MALGUN = '"Malgun Gothic"';
const NOTO = '"Noto Sans CJK KR"';

/**
 * `platform`: `navigator.userAgentData.platform` ("Windows", "macOS", "Linux") or `navigator.platform`
 * ("Win32", "MacIntel"); anything else (Linux, ChromeOS, Android) gets Noto first.
 */
export function hangulFontStack(platform: string): string {
  const fonts = /^win/i.test(platform) ? [MALGUN, APPLE, NOTO]
    : /^(mac|iphone|ipad)/i.test(platform) ? [APPLE, MALGUN, NOTO]
    : [NOTO, APPLE, MALGUN];
  return `${fonts.join()},system-ui,sans-serif`;
}

/** What this browser says it runs on; read in our isolated world, so a page's overrides do not reach it. */
export function currentPlatform(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return nav.userAgentData?.platform || nav.platform || '';
}
