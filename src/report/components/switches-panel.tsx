/** Korean alternatives the user opened from a foreign tool ("switches"), and how the share moved since. */
import { t } from '../../shared/i18n';
import type { ReportData } from '../../shared/report-types';
import { percent, pointsChange, signed } from '../../shared/share-points';
import { dayKey } from '../../shared/dates';
import { shortDay, toolNames } from '../format';
import { switchEffect } from '../switch-effect';

function effectText(since: string, before: number, after: number): string {
  const change = pointsChange(after, before)!;
  const from = [shortDay(since), String(percent(before)), String(percent(after))];
  return change === 0 ? t('reportSwitchEffectSame', from.slice(0, 2)) : t('reportSwitchEffect', [...from, signed(change)]);
}

export function SwitchesPanel({ data }: { data: ReportData }) {
  const name = toolNames(data);
  const recent = [...data.switches].sort((a, b) => b.at - a.at).slice(0, 8);
  const effect = switchEffect(data.switches, data.weeks);
  return (
    <section aria-labelledby="switch-title">
      <h2 id="switch-title">{t('reportSwitchTitle')}</h2>
      {recent.length === 0 ? (
        <p class="muted">{t('reportSwitchNone')}</p>
      ) : (
        <>
          <ul class="switches">
            {recent.map((s) => (
              <li key={`${s.at}-${s.from}-${s.to}`}>{t('reportSwitchItem', [shortDay(dayKey(s.at)), name(s.from), name(s.to)])}</li>
            ))}
          </ul>
          {effect && effect.before !== null && effect.after !== null && (
            <p id="switch-effect">{effectText(effect.since, effect.before, effect.after)}</p>
          )}
        </>
      )}
    </section>
  );
}
