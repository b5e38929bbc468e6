/** "정보가 틀렸나요?": her correction of country, vendor, parent or models, with a short reason. */
import { CountrySelect, FormActions } from './form-parts';
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ToolView } from '../../shared/tool-view';
import { COUNTRY_CHOICES } from './country-options';
import { saveCorrection } from './mine-actions';

/** Opened from the "⋯" menu; saving (or cancelling) closes it and the popup redraws from the worker. */
export function CorrectionForm({ tool, onCancel }: { tool: ToolView; onCancel: () => void }) {
  const [country, setCountry] = useState(tool.country);
  const [vendor, setVendor] = useState(tool.vendor);
  const [parent, setParent] = useState(tool.parent?.name ?? '');
  const [parentCountry, setParentCountry] = useState(tool.parent?.country ?? '');
  const [models, setModels] = useState((tool.models ?? []).map((m) => m.name).join(', '));
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);

  const save = (e: Event) => {
    e.preventDefault();
    const modelList = models.split(',').map((m) => m.trim()).filter(Boolean);
    const before = (tool.models ?? []).map((m) => m.name).join(', ');
    const correction: Record<string, unknown> = { reason };
    if (country !== tool.country) correction.country = country;
    if (vendor.trim() !== tool.vendor) correction.vendor = vendor.trim();
    if (parent.trim() && parentCountry && (parent.trim() !== tool.parent?.name || parentCountry !== tool.parent?.country)) correction.parent = { name: parent.trim(), country: parentCountry };
    if (modelList.join(', ') !== before) correction.models = modelList.map((name) => ({ name, vendor: '', country: '' }));
    void saveCorrection(tool.id, correction).then((saved) => setError(!saved), () => setError(true));
  };
  const choices = (value: string) => [...new Set([value, ...COUNTRY_CHOICES])].filter(Boolean);

  return (
    <form class="mine-form" id="mine-correct" onSubmit={save} aria-labelledby="mine-correct-title">
      <h2 id="mine-correct-title">{t('mineCorrectTitle')}</h2>
      <CountrySelect label="mineFieldCountry" name="country" value={country} choices={choices(tool.country)} onChange={setCountry} />
      <label>{t('mineFieldVendor')}<input name="vendor" value={vendor} maxLength={120} onInput={(e) => setVendor(e.currentTarget.value)} /></label>
      <label>{t('mineFieldParent')}<input name="parent" value={parent} maxLength={120} onInput={(e) => setParent(e.currentTarget.value)} /></label>
      {parent.trim() && (
        <CountrySelect label="mineFieldParentCountry" name="parentCountry" value={parentCountry} choices={choices(parentCountry)} unknown onChange={setParentCountry} />
      )}
      <label>{t('mineFieldModels')}<input name="models" value={models} maxLength={300} onInput={(e) => setModels(e.currentTarget.value)} /></label>
      <label>{t('mineFieldReason')}<input name="reason" value={reason} maxLength={300} required onInput={(e) => setReason(e.currentTarget.value)} /></label>
      {error && <p class="mine-error" role="alert">{t('mineCorrectError')}</p>}
      <FormActions save="mineCorrectSave" onCancel={onCancel} />
    </form>
  );
}
