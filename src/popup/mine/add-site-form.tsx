/**
 * "이 사이트를 AI 도구로 추가": reads the page once, shows what it found and where, suggests a country only
 * from that evidence, and lets her confirm or edit everything before saving it as HER entry.
 */
import { CountrySelect, FormActions } from './form-parts';
import { CATEGORY_KEYS } from '../../ui/category-labels';
import { useEffect, useState } from 'preact/hooks';
import { JOBS } from '../../registry/job-labels';
import { JOB_IDS, type Job } from '../../registry/jobs';
import { CATEGORIES, type Category } from '../../registry/types';
import type { Evidence } from '../../shared/evidence';
import { suggestFromEvidence } from '../../shared/evidence-country';
import { countryName, localText, t } from '../../shared/i18n';
import { COUNTRY_CHOICES } from './country-options';
import { EvidenceList } from './evidence-list';
import { currentTab, readPage, saveEntry } from './mine-actions';

export function AddSiteForm({ host, onCancel }: { host: string; onCancel: () => void }) {
  const [evidence, setEvidence] = useState<Evidence | null | 'reading'>('reading');
  const [name, setName] = useState('');
  const [vendor, setVendor] = useState('');
  const [country, setCountry] = useState('');
  const [category, setCategory] = useState<Category>('chat');
  const [job, setJob] = useState<Job>('chat-assistant');
  const [model, setModel] = useState('');
  const [modelCountry, setModelCountry] = useState('');
  const [error, setError] = useState(false);

  useEffect(() => {
    void currentTab().then(async (tab) => {
      const found = tab.id === null ? null : await readPage(tab.id);
      setEvidence(found);
      const s = suggestFromEvidence(found);
      setName(found?.title.split(/\s[-|–·:]\s/)[0]?.trim() || host);
      setVendor(s.vendor ?? '');
      setCountry(s.country ?? '');
    });
  }, [host]);

  if (evidence === 'reading') return <p class="muted mine-reading" role="status">{t('mineReading')}</p>;
  const suggestion = suggestFromEvidence(evidence);
  const url = evidence?.url && /^https?:/.test(evidence.url) ? evidence.url : `https://${host}/`;

  const save = (e: Event) => {
    e.preventDefault();
    // permissions.request runs first, inside her click (saveEntry does it before anything else).
    void saveEntry({
      host, name: name.trim() || host, vendor: vendor.trim(), country, category, jobs: [job],
      models: model.trim() ? [{ name: model.trim(), vendor: '', country: modelCountry }] : [],
      evidence: (evidence?.items ?? []).slice(0, 12).map((i) => ({ kind: i.kind, value: i.value, where: `${i.where.area}: ${i.where.path}${i.where.hidden ? ' (hidden)' : ''}` })),
      url,
    }).catch(() => setError(true));
  };

  return (
    <form class="mine-form" id="mine-add-form" onSubmit={save} aria-labelledby="mine-add-title">
      <h2 id="mine-add-title">{t('mineAddTitle', host)}</h2>
      <h3>{t('mineEvidenceTitle')}</h3>
      {evidence ? <EvidenceList evidence={evidence} /> : <p class="muted">{t('mineEvidenceUnreadable')}</p>}
      <p class="suggestion" id="mine-suggestion">
        {suggestion.country
          ? t('mineSuggestCountry', [countryName(suggestion.country), String(suggestion.because.length)])
          : t('mineSuggestNone')}
        {suggestion.conflicts.length > 0 && ` ${t('mineSuggestConflict', suggestion.conflicts.map((c) => countryName(c)).join(', '))}`}
      </p>
      <label>{t('mineFieldName')}<input name="name" value={name} maxLength={80} required onInput={(e) => setName(e.currentTarget.value)} /></label>
      <label>{t('mineFieldVendor')}<input name="vendor" value={vendor} maxLength={120} onInput={(e) => setVendor(e.currentTarget.value)} /></label>
      <CountrySelect label="mineFieldCountry" name="country" value={country} choices={COUNTRY_CHOICES} unknown onChange={setCountry} />
      <label>{t('mineFieldCategory')}
        <select name="category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(CATEGORY_KEYS[c])}</option>)}
        </select>
      </label>
      <label>{t('mineFieldJob')}
        <select name="job" value={job} onChange={(e) => setJob(e.currentTarget.value as Job)}>
          {JOB_IDS.map((j) => <option key={j} value={j}>{localText(JOBS[j])}</option>)}
        </select>
      </label>
      <label>{t('mineFieldModel')}<input name="model" value={model} maxLength={80} onInput={(e) => setModel(e.currentTarget.value)} /></label>
      {model.trim() && (
        <CountrySelect label="mineFieldModelCountry" name="modelCountry" value={modelCountry} choices={COUNTRY_CHOICES} unknown onChange={setModelCountry} />
      )}
      <p class="muted note">{t('mineAddPermissionNote')}</p>
      {error && <p class="mine-error" role="alert">{t('mineSaveError')}</p>}
      <FormActions save="mineAddSave" onCancel={onCancel} />
    </form>
  );
}
