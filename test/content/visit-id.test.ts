/** The page's first visit id comes from the document, so a re-injected content script repeats it (counted once). */
import { describe, expect, it } from 'vitest';
import { documentVisitId } from '../../src/content/visit-id';

describe('documentVisitId', () => {
  it('is the same for two copies of the script in one document', () => {
    expect(documentVisitId()).toBe(documentVisitId());
    expect(documentVisitId(1_790_000_000_123.4, 'https://chatgpt.com')).toBe(documentVisitId(1_790_000_000_123.4, 'https://chatgpt.com'));
  });

  it('differs for another page load or another site, and fits the protocol (≤ 64 characters)', () => {
    const id = documentVisitId(1_790_000_000_123.4, 'https://chatgpt.com');
    expect(documentVisitId(1_790_000_000_123.5, 'https://chatgpt.com')).not.toBe(id); // reloaded 0.1 ms later
    expect(documentVisitId(1_790_000_000_123.4, 'https://clova-x.naver.com')).not.toBe(id);
    expect(id).toMatch(/^doc-[0-9a-z]+-[0-9a-z]+$/);
    expect(id.length).toBeLessThanOrEqual(64);
  });
});
