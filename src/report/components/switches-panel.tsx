/**
 * Korean alternatives the user opened from a foreign tool ("switches"), how the share moved since, and
 * whether each can be wired into the automation platforms she uses (Make, Zapier, n8n in her weeks).
 */
import { t } from '../../shared/i18n';
import type { ReportData } from '../../shared/report-types';
import { percent, pointsChange, signed } from '../../shared/share-points';
import { dayKey } from '../../shared/dates';
import { shortDay, toolNames } from '../format';
import { switchEffect } from '../switch-effect';
import { CONNECTORS, type Connector } from '../../registry/types';
import { connectsTo, integrationText } from '../../ui/integration-text';

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
          <ConnectPanel data={data} name={name} />
        </>
      )}
    </section>
  );
}

/** The automation platforms she used in the weeks shown (registry ids equal the connector names). */
const platformsUsed = (data: ReportData): Connector[] =>
  CONNECTORS.filter((c) => data.weeks.some((w) => w.byTool.some((row) => row.toolId === c && row.ms + row.visits > 0)));

function ConnectPanel({ data, name }: { data: ReportData; name: (id: string) => string }) {
  const targets = Object.entries(data.switchTargets);
  if (targets.length === 0) return null;
  const platforms = platformsUsed(data);
  return (
    <ul class="switch-connect" id="switch-connect">
      {targets.map(([id, integrations]) => (
        <li key={id}>
          <strong>{name(id)}</strong>{' '}
          <span class="muted">{integrationText({ integrations: integrations ?? undefined })}</span>
          {platforms.map((p) => <span key={p} class="connect-to">{' · '}{connectsTo({ integrations: integrations ?? undefined }, p)}</span>)}
        </li>
      ))}
    </ul>
  );
}
