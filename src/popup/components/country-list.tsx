/**
 * This week's AI time by country, with flags and localised names: as shares of the time once the week has
 * one worth showing (`shares`, the same rule as the bar above), else each country's visits — before a
 * whole minute a percent would say "미국 100%" right under "the share comes later".
 */
import { countryName, t } from '../../shared/i18n';
import { Flag } from '../../ui/flag';
import { HOME_COUNTRY } from '../../registry/types';
import type { CountryRow } from '../../shared/week-summary';
import { percentText, visitsText } from '../format';

const MAX_COUNTRIES = 3;

export function CountryList({ rows, shares }: { rows: CountryRow[]; shares: boolean }) {
  const value = (r: CountryRow) => (shares ? r.ms : r.visits);
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
            {shares ? <strong>{percentText(Math.round((r.ms / total) * 100))}</strong> : <span class="tool-time">{visitsText(r.visits)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
