/**
 * Export (JSON, CSV), import with a preview, and delete-all with confirmation. The page checks an import
 * file itself first (same validator as the worker) so a bad file gets a precise reason; the worker
 * checks it again before anything changes.
 */
import { useState } from 'preact/hooks';
import { toCsv } from '../../shared/export-csv';
import { MAX_IMPORT_BYTES, parseExportText, type ExportFile } from '../../shared/export-format';
import { localText, t } from '../../shared/i18n';
import type { ImportResult, ReportData } from '../../shared/report-types';
import { send } from '../../shared/send';
import { saveFile } from '../download';
import { duration } from '../format';
import { importErrorText } from '../import-error';
import { plural } from '../../ui/plural';
import { useReportStore } from '../store';

type ImportState =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'preview'; file: ExportFile; result: ImportResult }
  | { step: 'done'; result: ImportResult };

const stamp = (file: ExportFile) => file.exportedAt.slice(0, 10);

/** "2일", "3개 항목", "4회" / "2 days", "3 entries", "4 visits": each count with its own plural form. */
const counts = (r: ImportResult): string[] =>
  [plural('countDays', r.days), plural('countEntries', r.entries), duration(r.addedMs), plural('countVisits', r.addedVisits)];

function changeText(r: ImportResult): string {
  return r.entries === 0
    ? t('reportImportNothing')
    : t('reportImportChanges', counts(r));
}

/** After the import: what happened, in the past tense (the preview said what would happen). */
function doneText(r: ImportResult): string {
  return r.entries === 0
    ? t('reportImportDoneNothing')
    : t('reportImportDone', counts(r));
}

export function DataPanel({ data }: { data: ReportData }) {
  const load = useReportStore((s) => s.load);
  const [importing, setImporting] = useState<ImportState>({ step: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState<number | null>(null);

  const [failed, setFailed] = useState<string | null>(null);

  async function exportAs(kind: 'json' | 'csv') {
    let f: ExportFile;
    try {
      f = (await send('data:export', {})).file;
      setFailed(null);
    } catch {
      return setFailed(t('reportExportFailed'));
    }
    if (kind === 'json') return saveFile(`ai-origin-${stamp(f)}.json`, `${JSON.stringify(f, null, 2)}\n`, 'application/json');
    const info = new Map(data.tools.map(({ id, label }) => [id, label]));
    for (const [id, label] of Object.entries(data.labels)) info.set(id, label);
    const csv = toCsv(f.days, (id) => {
      const label = info.get(id);
      return label ? { name: localText(label.name), country: label.country, domestic: label.domestic } : null;
    });
    saveFile(`ai-origin-${stamp(f)}.csv`, csv, 'text/csv;charset=utf-8');
  }

  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_BYTES) return setImporting({ step: 'error', message: t('reportImportErrTooBig') });
    const parsed = parseExportText(await chosen.text());
    if (!parsed.ok) return setImporting({ step: 'error', message: importErrorText(parsed.error) });
    try {
      const result = await send('data:import', { file: parsed.file, apply: false });
      setImporting({ step: 'preview', file: parsed.file, result });
    } catch {
      setImporting({ step: 'error', message: t('reportImportErrFailed') });
    }
  }

  async function apply(file: ExportFile) {
    try {
      setImporting({ step: 'done', result: await send('data:import', { file, apply: true }) });
      await load();
    } catch {
      setImporting({ step: 'error', message: t('reportImportErrFailed') });
    }
  }

  async function deleteAll() {
    try {
      const { deleted: count } = await send('data:delete', { confirm: true });
      setConfirming(false);
      setDeleted(count);
      setFailed(null);
      await load();
    } catch {
      setConfirming(false);
      setFailed(t('reportDeleteFailed'));
    }
  }

  return (
    <section aria-labelledby="data-title" id="data">
      <h2 id="data-title">{t('reportDataTitle')}</h2>
      <p class="muted">{t('reportDataLocal')}</p>
      {failed && <p class="error" role="alert" id="data-failed">{failed}</p>}
      <div class="actions">
        <button type="button" id="export-json" onClick={() => void exportAs('json')}>{t('reportExportJson')}</button>
        <button type="button" id="export-csv" onClick={() => void exportAs('csv')}>{t('reportExportCsv')}</button>
        <label class="button">
          {t('reportImportChoose')}
          <input type="file" id="import-file" accept=".json,application/json" class="visually-hidden"
            onChange={(e) => void choose(e.currentTarget)} />
        </label>
      </div>
      <div aria-live="polite" id="import-status">
        {importing.step === 'error' && <p class="error" role="alert">{importing.message}</p>}
        {importing.step === 'preview' && (
          <div class="preview">
            <p>{t('reportImportFrom', stamp(importing.file))} {changeText(importing.result)}</p>
            {importing.result.entries > 0 && (
              <button type="button" id="import-apply" onClick={() => void apply(importing.file)}>{t('reportImportApply')}</button>
            )}
            <button type="button" onClick={() => setImporting({ step: 'idle' })}>{t('reportCancel')}</button>
          </div>
        )}
        {importing.step === 'done' && <p id="import-done">{doneText(importing.result)}</p>}
      </div>
      {!confirming ? (
        <button type="button" class="danger" id="delete-all" onClick={() => (setConfirming(true), setDeleted(null))}>{t('reportDeleteButton')}</button>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-question" class="confirm">
          <p id="delete-question">{t('reportDeleteConfirm')}</p>
          <button type="button" class="danger" id="delete-confirm" onClick={() => void deleteAll()}>{t('reportDeleteYes')}</button>
          <button type="button" id="delete-cancel" onClick={() => setConfirming(false)}>{t('reportCancel')}</button>
        </div>
      )}
      {deleted !== null && <p id="delete-done" role="status">{plural('reportDeleted', deleted)}</p>}
    </section>
  );
}
