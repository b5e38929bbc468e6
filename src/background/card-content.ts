/** The card's text for one tool, in the UI language: "🇨🇳 중국 · 클링 AI · Kuaishou — 국산 대안: …". */
import { noCloseMatch } from '../registry/alternatives';
import { JOBS } from '../registry/job-labels';
import { alternativesFor } from '../registry/alternatives-in-use';
import { hasForeignModel, isDomestic, type Tool } from '../registry/types';
import type { CardAlternative, CardContent, CardLabels } from '../shared/messages';
import { countryName, flag, localText, t, uiLanguage } from '../shared/i18n';
import { vendorLabel } from '../registry/vendor-names';

/** Three fit the card; the popup has the full list. */
const CARD_ALTERNATIVES = 3;

const cardLabels = (): CardLabels => ({
  region: t('cardLabel'),
  close: t('cardClose'),
  more: t('cardMore'),
  showAlternatives: t('cardShowAlternatives'),
  hideAlternatives: t('cardHideAlternatives'),
  snooze: t('cardSnooze'),
  never: t('cardNever'),
  settings: t('cardSettings'),
});

export function cardContent(tool: Tool): CardContent {
  const base = {
    flag: flag(tool.country),
    country: countryName(tool.country),
    title: `${localText(tool.name)} · ${vendorLabel(tool.vendor, uiLanguage())}`,
    labels: cardLabels(),
  };
  if (isDomestic(tool)) {
    return { ...base, foreign: false, note: t(hasForeignModel(tool) ? 'cardDomesticForeignModel' : 'cardDomestic'), alternatives: [] };
  }
  const ranked = alternativesFor(tool);
  const alternatives: CardAlternative[] = ranked.slice(0, CARD_ALTERNATIVES).map((alt) => ({
    id: alt.tool.id,
    name: localText(alt.tool.name),
    openLabel: t('cardOpenLabel', localText(alt.tool.name)),
    detail: [
      alt.match === 'partial' ? t('cardLacks', localText(JOBS[tool.jobs[0]!])) : localText(alt.why ?? alt.tool.fit ?? JOBS[alt.tool.jobs[0]!]),
      ...(hasForeignModel(alt.tool) ? [t('altForeignModel')] : []),
    ].join(' · '),
  }));
  return { ...base, foreign: true, note: t(noCloseMatch(ranked) ? 'altNoCloseTitle' : 'alternativesTitle'), alternatives };
}
