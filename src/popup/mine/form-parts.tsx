/** Pieces her two forms (add a site, correct a label) share: a country picker and the form's buttons. */
import type { MessageKey } from '../../shared/i18n';
import { countryName, t } from '../../shared/i18n';

/** A labelled country picker; `unknown` adds "모르겠어요" as the empty choice. */
export function CountrySelect({ label, name, value, choices, unknown = false, onChange }: {
  label: MessageKey; name: string; value: string; choices: readonly string[]; unknown?: boolean; onChange: (code: string) => void;
}) {
  return (
    <label>{t(label)}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {unknown && <option value="">{t('mineCountryUnknown')}</option>}
        {choices.map((c) => <option key={c} value={c}>{countryName(c)}</option>)}
      </select>
    </label>
  );
}

/** "취소" and the form's own save button. */
export function FormActions({ save, onCancel }: { save: MessageKey; onCancel: () => void }) {
  return (
    <p class="form-actions">
      <button type="button" class="link-button" onClick={onCancel}>{t('mineCancel')}</button>
      <button type="submit" class="button">{t(save)}</button>
    </p>
  );
}
