import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/registry/cli/lookup-cli.ts', ...args], { encoding: 'utf8', input })
    .trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('lookup CLI', () => {
  it('prints one JSON line per URL, with the tool or null', () => {
    const [kling, none, wrtn] = cli(['https://app.klingai.com/global/', 'https://evilchatgpt.com/', 'https://wrtn.ai/']);
    expect(kling).toMatchObject({ url: 'https://app.klingai.com/global/', tool: { id: 'kling-ai', country: 'CN', domestic: false } });
    expect(none).toEqual({ url: 'https://evilchatgpt.com/', tool: null });
    expect(wrtn).toMatchObject({ tool: { id: 'wrtn', name: 'Wrtn', domestic: true } });
    expect((wrtn!.tool as { models: unknown[] }).models.length).toBeGreaterThan(0);
  });

  it('reads URLs from stdin', () => {
    const lines = cli(['--stdin'], 'https://chatgpt.com/\n\nhttps://www.naver.com/\n');
    expect(lines.map((l) => (l.tool as { id?: string } | null)?.id ?? null)).toEqual(['chatgpt', null]);
  });

  it('lists every entry with all its fields', () => {
    const all = cli(['--list']);
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(all.find((t) => t.id === 'make')).toMatchObject({ country: 'CZ', sources: expect.any(Array), verified: expect.any(String) });
  });

  it('--alternatives adds the ranked Korean alternatives: close first, shared jobs, integration facts; none for a Korean tool', () => {
    const [midjourney, make, wrtn] = cli(['--alternatives', 'https://www.midjourney.com/imagine', 'https://www.make.com/en', 'https://wrtn.ai/']);
    const alts = midjourney!.alternatives as { id: string; match: string; jobs: string[]; integrations: unknown }[];
    expect(alts.length).toBeGreaterThan(0);
    expect(alts[0]).toMatchObject({ match: 'close', jobs: expect.arrayContaining(['image-generation']) });
    expect(alts.every((a) => 'integrations' in a)).toBe(true);
    // Nothing Korean automates workflows: no close match is offered for Make.
    expect((make!.alternatives as { match: string }[]).some((a) => a.match === 'close')).toBe(false);
    expect(wrtn!.alternatives).toEqual([]);
    expect(midjourney!.tool).toHaveProperty('dataCountries');
  });
});
