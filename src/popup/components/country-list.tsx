/** This week's AI time by country, with flags and localised names (by visits when no time was counted). */
import { countryName, t } from '../../shared/i18n';
import { Flag } from '../../ui/flag';
import { HOME_COUNTRY } from '../../registry/types';
import type { CountryRow } from '../../shared/week-summary';
import { percentText } from '../format';

const MAX_COUNTRIES = 3;

export function CountryList({ rows }: { rows: CountryRow[] }) {
  const byTime = rows.some((r) => r.ms > 0);
  const value = (r: CountryRow) => (byTime ? r.ms : r.visits);
  const total = rows.reduce((sum, r) => sum + value(r), 0);
  const shown = rows.filter((r) => value(r) > 0).sort((a, b) => value(b) - value(a)).slice(0, MAX_COUNTRIES);
  if (total === 0 || shown.length === 0) return null;
  return (
    <div>
      <h3 id="country-title">{t('popupByCountry')}</h3>
      <ul class="countries" aria-labelledby="country-title">
        {shown.map((r) => (
          <li key={r.country} class={r.country === HOME_COUNTRY ? 'domestic-text' : ''}>
            <span class="tool-name">
              <Flag code={r.country} />{' '}
              {r.country === 'unknown' ? t('popupCountryUnknown') : countryName(r.country)}
            </span>{' '}
            <strong>{percentText(Math.round((value(r) / total) * 100))}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
