/** Export (JSON, CSV) round trips, merge without double counting, and hostile import files. */
import { describe, expect, it } from 'vitest';
import { popupHandlers } from '../../src/background/popup-handlers';
import { reportHandlers } from '../../src/background/report-handlers';
import { toCsv, CSV_COLUMNS } from '../../src/shared/export-csv';
import { parseExportFile, parseExportText, type ExportFile } from '../../src/shared/export-format';
import { HEADROOM_BYTES } from '../../src/background/storage-space';
import { depsWith, MIN, noon, stored } from '../support/seed';

const NOW = noon('2026-11-25');
const DAYS = {
  '2026-11-23': { chatgpt: { activeMs: 30 * MIN + 123, visits: 3 }, 'clova-x': { activeMs: 10 * MIN, visits: 1 } },
  '2026-11-24': { 'kling-ai': { activeMs: 5 * MIN, visits: 2 } },
};

async function exported(initial: Record<string, unknown>): Promise<ExportFile> {
  const { deps } = depsWith(initial, NOW);
  return (await reportHandlers(deps)['data:export']({}, { sender: {}, tabId: null })).file as ExportFile;
}

function setup(initial: Record<string, unknown>) {
  const { area, deps } = depsWith(initial, NOW);
  const h = reportHandlers(deps);
  const ctx = { sender: {}, tabId: null };
  return {
    area,
    deps,
    /** Storage migrated (the gateway stamps the schema version before any access). */
    ready: deps.storage.ready,
    preview: (file: unknown) => h['data:import']({ file, apply: false }, ctx),
    apply: (file: unknown) => h['data:import']({ file, apply: true }, ctx),
    days: () => Object.fromEntries([...area.data.keys()].filter((k) => k.startsWith('day:')).map((k) => [k, area.day(k)])),
  };
}

/** A small RFC 4180 reader (enough for our own output). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

describe('JSON export', () => {
  it('is labelled and versioned, and round-trips through text into another profile unchanged', async () => {
    const file = await exported({ ...stored(DAYS), switches: [{ at: NOW, from: 'chatgpt', to: 'wrtn' }] });
    expect(file).toMatchObject({ format: 'ai-origin-export', version: 1, days: DAYS });
    expect(file.exportId).not.toBe(file.profileId);
    const reparsed = parseExportText(JSON.stringify(file));
    expect(reparsed).toEqual({ ok: true, file: { ...file, settings: undefined } });

    const other = setup({});
    await other.apply(file);
    expect(other.days()).toEqual(stored(DAYS));
    expect(other.area.data.get('switches')).toEqual([{ at: NOW, from: 'chatgpt', to: 'wrtn' }]);
  });

  it('keeps the same profile id across exports, and a new export id each time', async () => {
    const { deps } = depsWith(stored(DAYS), NOW);
    const h = reportHandlers(deps);
    const a = (await h['data:export']({}, { sender: {}, tabId: null })).file as ExportFile;
    const b = (await h['data:export']({}, { sender: {}, tabId: null })).file as ExportFile;
    expect(a.profileId).toBe(b.profileId);
    expect(a.exportId).not.toBe(b.exportId);
  });
});

describe('CSV export', () => {
  it('has the documented columns, one row per day × tool, and reads back to the same numbers', async () => {
    const info = (id: string) => (id === 'chatgpt' ? { name: '챗GPT', country: 'US', domestic: false } : id === 'clova-x'
      ? { name: '클로바X, "베타"', country: 'KR', domestic: true } : null);
    const csv = toCsv(DAYS, info);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual([
      ['2026-11-23', 'chatgpt', '챗GPT', 'US', 'false', '1800.123', '3'],
      ['2026-11-23', 'clova-x', '클로바X, "베타"', 'KR', 'true', '600.000', '1'],
      ['2026-11-24', 'kling-ai', '', '', '', '300.000', '2'],
    ]);
    const back: Record<string, Record<string, { activeMs: number; visits: number }>> = {};
    for (const [date, tool, , , , seconds, visits] of rows) {
      (back[date!] ??= {})[tool!] = { activeMs: Math.round(Number(seconds) * 1000), visits: Number(visits) };
    }
    expect(back).toEqual(DAYS);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv({ '2026-11-23': { chatgpt: { activeMs: 0, visits: 0 } } }, () => ({ name: '=HYPERLINK("x")', country: 'US', domestic: false }));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('import merge', () => {
  it('importing the same file from another profile twice adds it once; the second preview says nothing changes', async () => {
    const file = await exported(stored(DAYS));
    const local = { '2026-11-23': { chatgpt: { activeMs: 5 * MIN, visits: 1 } } };
    const s = setup(stored(local));
    const preview = await s.preview(file);
    expect(preview).toEqual({ applied: false, days: 2, entries: 3, addedMs: 45 * MIN + 123, addedVisits: 6, cappedDays: 0 });
    expect(s.days()).toEqual(stored(local)); // a preview changes nothing
    await s.apply(file);
    const once = s.days();
    expect(once['day:2026-11-23']).toMatchObject({ chatgpt: { activeMs: 35 * MIN + 123, visits: 4 } });
    expect(await s.preview(file)).toMatchObject({ entries: 0, addedMs: 0 });
    expect(await s.apply(file)).toMatchObject({ applied: true, entries: 0 });
    expect(s.days()).toEqual(once);
  });

  it('a later export of the same other profile adds only what grew since', async () => {
    const first = await exported(stored(DAYS));
    const grown = structuredClone(first);
    grown.exportId = crypto.randomUUID();
    grown.days['2026-11-24']!['kling-ai'] = { activeMs: 8 * MIN, visits: 2 };
    const s = setup({});
    await s.apply(first);
    expect(await s.apply(grown)).toMatchObject({ entries: 1, addedMs: 3 * MIN, addedVisits: 0 });
    expect(s.days()['day:2026-11-24']).toEqual({ 'kling-ai': { activeMs: 8 * MIN, visits: 2 } });
  });

  it('your own backup merges by the larger value per day and tool (never adds)', async () => {
    const { area, deps } = depsWith(stored(DAYS), NOW);
    const h = reportHandlers(deps);
    const ctx = { sender: {}, tabId: null };
    const backup = (await h['data:export']({}, ctx)).file as ExportFile;
    // After the backup: more use on one day, some data lost on another.
    await area.set({ 'day:2026-11-23': { chatgpt: { activeMs: 40 * MIN, visits: 4 } } });
    await area.remove('day:2026-11-24');
    expect(await h['data:import']({ file: backup, apply: true }, ctx)).toMatchObject({ entries: 2 });
    expect(area.day('day:2026-11-23')).toEqual({ chatgpt: { activeMs: 40 * MIN, visits: 4 }, 'clova-x': { activeMs: 10 * MIN, visits: 1 } });
    expect(area.day('day:2026-11-24')).toEqual(DAYS['2026-11-24']);
  });
});

describe('hostile import files: clear error, nothing changed', () => {
  const valid = () => ({ format: 'ai-origin-export', version: 1, exportId: 'aaaaaaaa-1', profileId: 'bbbbbbbb-1', exportedAt: '2026-11-25', days: {}, switches: [] });

  it.each([
    ['not JSON', '{"format":', { code: 'json' }],
    ['another app\'s JSON', '{"data":[1,2,3]}', { code: 'format' }],
    ['a newer version', JSON.stringify({ ...valid(), version: 2 }), { code: 'newer', version: 2 }],
    ['a string version', JSON.stringify({ ...valid(), version: '1' }), { code: 'shape', path: 'version' }],
    ['days as an array', JSON.stringify({ ...valid(), days: [] }), { code: 'shape', path: 'days' }],
    ['an impossible date', JSON.stringify({ ...valid(), days: { '2026-02-30': {} } }), { code: 'shape', path: 'days.2026-02-30' }],
    ['a string count', JSON.stringify({ ...valid(), days: { '2026-11-23': { chatgpt: { activeMs: '5', visits: 1 } } } }), { code: 'shape', path: 'days.2026-11-23.chatgpt.activeMs' }],
    ['a negative count', JSON.stringify({ ...valid(), days: { '2026-11-23': { chatgpt: { activeMs: -5, visits: 1 } } } }), { code: 'shape', path: 'days.2026-11-23.chatgpt.activeMs' }],
    ['more than a day of time in a day', JSON.stringify({ ...valid(), days: { '2026-11-23': { chatgpt: { activeMs: 26 * 3600_000, visits: 1 } } } }), { code: 'shape', path: 'days.2026-11-23.chatgpt.activeMs' }],
    ['a __proto__ tool key', '{"format":"ai-origin-export","version":1,"exportId":"aaaaaaaa-1","profileId":"bbbbbbbb-1","exportedAt":"x","days":{"2026-11-23":{"__proto__":{"activeMs":1,"visits":1,"polluted":true}}}}', { code: 'shape', path: 'days.2026-11-23.__proto__' }],
    ['a __proto__ day key', '{"format":"ai-origin-export","version":1,"exportId":"aaaaaaaa-1","profileId":"bbbbbbbb-1","exportedAt":"x","days":{"__proto__":{"polluted":true}}}', { code: 'shape', path: 'days.__proto__' }],
    ['a constructor tool key', JSON.stringify({ ...valid(), days: { '2026-11-23': { constructor: { activeMs: 1, visits: 1 } } } }), { code: 'shape', path: 'days.2026-11-23.constructor' }],
    ['a bad switch', JSON.stringify({ ...valid(), switches: [{ at: 1, from: 'chatgpt', to: { evil: 1 } }] }), { code: 'shape', path: 'switches.0' }],
    ['a constructor profile id', JSON.stringify({ ...valid(), profileId: 'constructor' }), { code: 'shape', path: 'profileId' }],
  ])('%s', async (_what, text, error) => {
    expect(parseExportText(text)).toEqual({ ok: false, error });
    // The worker refuses it too (the page's check is only for the message): storage stays as it was.
    const s = setup(stored(DAYS));
    await s.ready;
    const before = structuredClone([...s.area.data]);
    let raw: unknown = null;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = text;
    }
    await expect(s.apply(raw)).rejects.toThrow(/rejected/);
    expect([...s.area.data]).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a huge file is refused before JSON.parse', () => {
    expect(parseExportText(JSON.stringify({ ...valid(), pad: 'x'.repeat(9 * 1024 * 1024) }))).toEqual({ ok: false, error: { code: 'tooBig' } });
  });

  it('too many days is refused before reading them all', () => {
    const days: Record<string, object> = {};
    for (let i = 0; i < 4001; i++) days[`${String(1000 + i)}-01-01`] = {};
    expect(parseExportFile({ ...valid(), days })).toEqual({ ok: false, error: { code: 'shape', path: 'days' } });
  });
});

describe('imports that look valid but would do harm', () => {
  const file = (days: Record<string, unknown>, profileId = 'cccccccc-1') =>
    ({ format: 'ai-origin-export', version: 1, exportId: crypto.randomUUID(), profileId, exportedAt: '2026-11-25', days, switches: [] });

  it.each(['9999-12-31', '2026-11-27'])('refuses a file with a day after tomorrow (%s), changing nothing', async (day) => {
    const s = setup(stored(DAYS));
    await s.ready;
    const before = structuredClone([...s.area.data]);
    await expect(s.apply(file({ [day]: { chatgpt: { activeMs: 1_000, visits: 1 } } }))).rejects.toThrow(/future/);
    expect([...s.area.data]).toEqual(before);
    expect(parseExportFile(file({ [day]: {} }), '2026-11-26')).toEqual({ ok: false, error: { code: 'future', day } });
  });

  it('accepts tomorrow (a day ahead, for time zones)', async () => {
    const s = setup({});
    expect(await s.apply(file({ '2026-11-26': { chatgpt: { activeMs: 1_000, visits: 1 } } }))).toMatchObject({ entries: 1 });
  });

  it('ten other-profile files cannot put more than a day (+1 h clock slack) into one day', async () => {
    const s = setup(stored({ '2026-11-24': { chatgpt: { activeMs: 2 * 3600_000, visits: 1 } } }));
    let capped = 0;
    for (let i = 0; i < 10; i++) {
      const result = await s.apply(file({ '2026-11-24': { [`tool-${i}`]: { activeMs: 24 * 3600_000, visits: 1 } } }, `profile-${i}-x`));
      capped += result.cappedDays;
    }
    const day = s.days()['day:2026-11-24'] as Record<string, { activeMs: number }>;
    const total = Object.values(day).reduce((sum, v) => sum + v.activeMs, 0);
    expect(total).toBe(25 * 3600_000);
    expect(day.chatgpt!.activeMs).toBe(2 * 3600_000); // local use is never cut
    expect(capped).toBe(10);
  });

  it('refuses an import that would leave less than the headroom for counting, and the report says storage is near full', async () => {
    const { area, deps } = depsWith(stored(DAYS), NOW);
    // A quota with 100 KB to spare above the headroom (as after earlier big imports).
    const used = (await deps.storage.space()).usedBytes;
    Object.assign(area, { QUOTA_BYTES: used + HEADROOM_BYTES + 100_000 });
    const h = reportHandlers(deps);
    const ctx = { sender: {}, tabId: null };
    const big = file(Object.fromEntries(Array.from({ length: 300 }, (_, d) => [
      new Date(2026, 0, 1 + d).toISOString().slice(0, 10),
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`tool-${i}`, { activeMs: 1_000, visits: 1 }])),
    ])));
    const before = structuredClone([...area.data]);
    await expect(h['data:import']({ file: big, apply: true }, ctx)).rejects.toThrow(/space/);
    expect([...area.data]).toEqual(before);
    const report = await h['report:data']({}, ctx);
    expect(report.storage.near).toBe(false);
    await area.set({ 'day:2026-10-01': { pad: { activeMs: 1, visits: 1 }, ...Object.fromEntries(Array.from({ length: 4_000 }, (_, i) => [`t${i}`, { activeMs: 1, visits: 1 }])) } });
    expect((await h['report:data']({}, ctx)).storage.near).toBe(true);
  });
});

describe('her own registry in the export (issue 13)', () => {
  const ENTRY = { host: 'unlisted-ai.test', name: '언리스티드', vendor: '(주)언리스티드', country: 'KR', category: 'chat', jobs: ['chat-assistant'], models: [], evidence: [], url: 'https://unlisted-ai.test/', added: '2026-11-20' };
  const PERSONAL = {
    entries: [{ ...ENTRY, id: 'mine-unlisted-ai-test' }],
    corrections: { chatgpt: { vendor: 'OpenAI OpCo, LLC', reason: '약관 페이지', at: '2026-11-21' } },
    notAi: ['claude'],
  };
  const USED = { '2026-11-23': { 'mine-unlisted-ai-test': { activeMs: 20 * MIN, visits: 2 }, chatgpt: { activeMs: 10 * MIN, visits: 1 } } };

  it('exports her entries, corrections and "not AI" marks; a fresh profile gets them back, labelled, counted after her grant', async () => {
    const file = await exported({ ...stored(USED), personal: PERSONAL });
    expect(file.personal).toEqual(PERSONAL);
    expect(parseExportText(JSON.stringify(file))).toMatchObject({ ok: true, file: { personal: PERSONAL } });

    const fresh = setup({});
    await fresh.apply(file);
    expect(fresh.area.data.get('personal')).toEqual(PERSONAL);
    expect(fresh.days()).toEqual(stored(USED));
    // Labelled at once (the popup's one reply); counting waits for her grant of that site on this profile.
    const view = await popupHandlers(fresh.deps)['popup:view']({ url: 'https://unlisted-ai.test/chat' }, { sender: {}, tabId: null });
    expect(view.kind).toBe('tool');
    expect(view.tool).toMatchObject({ id: 'mine-unlisted-ai-test', country: 'KR', personal: { kind: 'entry' } });
    expect(view.mine).toMatchObject({ host: 'unlisted-ai.test', granted: false, entry: { id: 'mine-unlisted-ai-test' } });
    // Her correction and her "not AI" mark hold on the new profile too, and the week is judged by them.
    const chatgpt = await popupHandlers(fresh.deps)['popup:view']({ url: 'https://chatgpt.com/' }, { sender: {}, tabId: null });
    expect(chatgpt.tool).toMatchObject({ vendor: 'OpenAI OpCo, LLC', personal: { kind: 'correction' } });
    expect(chatgpt.labels['mine-unlisted-ai-test']).toMatchObject({ country: 'KR', domestic: true });
    const claude = await popupHandlers(fresh.deps)['popup:view']({ url: 'https://claude.ai/' }, { sender: {}, tabId: null });
    expect(claude.kind).toBe('web');
    expect(claude.mine).toMatchObject({ notAi: true, registry: { id: 'claude' } });
  });

  it('merges into hers: her own values win, new ones fill the gaps, importing twice changes nothing more', async () => {
    const file = await exported({ personal: PERSONAL });
    const mine = { entries: [], corrections: { chatgpt: { country: 'IE', reason: '유럽 법인', at: '2026-11-22' } }, notAi: ['gemini'] };
    const other = setup({ personal: mine });
    await other.apply(file);
    const merged = other.area.data.get('personal');
    expect(merged).toEqual({ entries: PERSONAL.entries, corrections: { chatgpt: mine.corrections.chatgpt }, notAi: ['gemini', 'claude'] });
    await other.apply(file);
    expect(other.area.data.get('personal')).toEqual(merged);
  });

  it('a preview changes nothing; an old file without her registry leaves hers alone; a hostile one is cleaned or refused', async () => {
    const file = await exported({ personal: PERSONAL });
    const target = setup({});
    await target.preview(file);
    expect(target.area.data.get('personal')).toBeUndefined();

    const { personal: _none, ...old } = file;
    const keeps = setup({ personal: PERSONAL });
    await keeps.apply({ ...old, exportId: 'another-export-0001' });
    expect(keeps.area.data.get('personal')).toEqual(PERSONAL);

    expect(parseExportFile({ ...file, personal: 'everything' })).toEqual({ ok: false, error: { code: 'shape', path: 'personal' } });
    const hostile = JSON.parse('{"entries":[{"host":"__proto__","name":"x","country":""},{"host":"ok-site.test","name":"<img src=x onerror=alert(1)>","country":"ZZZ"}],"corrections":{"constructor":{"reason":"x","country":"US"}},"notAi":["__proto__","claude"]}');
    const parsed = parseExportFile({ ...file, personal: hostile });
    expect(parsed).toEqual({ ok: true, file: expect.objectContaining({ personal: { entries: [], corrections: {}, notAi: ['claude'] } }) });
  });
});
