/**
 * Each extension page carries its stylesheet in its HTML: every file a page loads is one more request
 * through the browser process before its first render (the popup's content came ~2 ms sooner without its
 * popup.css request: issue 19). The manifest's CSP allows exactly these <style> texts by their hashes —
 * no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

/** The page's HTML with its `<link rel="stylesheet">` replaced by the stylesheet itself. */
export function withInlineStyle(html: string, href: string, css: string): string {
  const link = `<link rel="stylesheet" href="${href}" />`;
  if (!html.includes(link)) throw new Error(`page has no ${link}`);
  if (/<\/style/i.test(css)) throw new Error(`${href} would end its own <style> element`);
  return html.replace(link, () => `<style>${css}</style>`);
}

/** The CSP source that allows one inline style text ('sha256-…'). */
export const styleSource = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** The manifest with its extension pages' `style-src 'self'` extended by these hashes. */
export function allowInlineStyles(manifest: Record<string, unknown>, styles: readonly string[]): Record<string, unknown> {
  const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
  const pages = csp?.extension_pages;
  if (!pages || !/(^|;)\s*style-src 'self'\s*(;|$)/.test(pages)) throw new Error("manifest CSP must have style-src 'self' to extend");
  const sources = [...new Set(styles.map(styleSource))].join(' ');
  return { ...manifest, content_security_policy: { ...csp, extension_pages: pages.replace(/style-src 'self'/, `style-src 'self' ${sources}`) } };
}
