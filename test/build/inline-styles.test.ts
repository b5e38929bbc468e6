/**
 * Each extension page carries its stylesheet in its HTML, allowed by hash in the manifest's CSP
 * (src/build/inline-styles.ts). Checked on the build itself: a hash that does not match its text would
 * leave a page unstyled in the browser, with nothing but a console line to say so.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowInlineStyles, withInlineStyle } from '../../src/build/inline-styles';

const PAGES = ['popup', 'report', 'welcome'];

describe('stylesheets inside the pages', () => {
  if (!existsSync('dist/chrome/popup.html')) execFileSync(process.execPath, ['--import', 'tsx', 'build.ts']);

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: every page's <style> text is allowed by its own hash, and no page asks for a stylesheet file`, () => {
      const manifest = JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as { content_security_policy: { extension_pages: string } };
      const styleSrc = manifest.content_security_policy.extension_pages.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src'))!;
      expect(styleSrc).not.toContain('unsafe-inline');
      for (const page of PAGES) {
        const html = readFileSync(`dist/${browser}/${page}.html`, 'utf8');
        expect(html).not.toMatch(/<link[^>]+stylesheet/);
        const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
        expect(styles).toHaveLength(1);
        expect(styles[0]).toContain('.flag'); // ui.css, shared by every page, came along
        const hash = `'sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}'`;
        expect(styleSrc.split(/\s+/)).toContain(hash);
        expect(existsSync(`dist/${browser}/${page}.css`)).toBe(false);
      }
    });
  }

  it('refuses a page without the link to replace, and a stylesheet that would close its own element', () => {
    expect(() => withInlineStyle('<head></head>', 'popup.css', 'a{}')).toThrow(/no <link/);
    expect(() => withInlineStyle('<link rel="stylesheet" href="popup.css" />', 'popup.css', 'a{}</style><script>')).toThrow(/end its own/);
    // `$&` in the stylesheet stays text (a replacement string would have expanded it).
    expect(withInlineStyle('<link rel="stylesheet" href="x.css" />', 'x.css', "a::after{content:'$&'}")).toBe("<style>a::after{content:'$&'}</style>");
  });

  it("extends only style-src 'self', and refuses a CSP it cannot extend", () => {
    const csp = (pages: string) => ({ content_security_policy: { extension_pages: pages } });
    const out = allowInlineStyles(csp("default-src 'self'; style-src 'self'; img-src 'self'"), ['a{}', 'a{}']) as ReturnType<typeof csp>;
    expect(out.content_security_policy.extension_pages).toMatch(/^default-src 'self'; style-src 'self' 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'$/);
    expect(() => allowInlineStyles(csp("default-src 'self'"), ['a{}'])).toThrow(/style-src/);
  });
});
