/**
 * How the popup names the models behind a tool, by country — the country is the point, and a model picker's
 * twelve models each followed by "(미국)" took four lines: "미국 (OpenAI GPT, Google Gemini) · 중국 (DeepSeek
 * R1)", and "자체 모델 · 미국" for the vendor's own models (not "Midjourney, Inc. Midjourney (미국)").
 */
import type { Model } from '../registry/types';
import { countryName, t } from '../shared/i18n';
import { listFormat } from '../shared/intl-format';

/** "OpenAI GPT", but "DeepSeek R1" rather than "DeepSeek DeepSeek R1". */
export const modelName = (m: Model): string =>
  m.name.toLowerCase().includes(m.vendor.toLowerCase()) ? m.name : `${m.vendor} ${m.name}`;

/** Company names without legal-form noise, so "Midjourney, Inc." and "Midjourney" are the same maker. */
const LEGAL_FORMS = /\b(inc|llc|l\.l\.c|ltd|limited|co|corp|corporation|gmbh|ag|sas|s\.r\.o|pte|plc|bv|oy|ab|kk|technology|technologies)\b\.?|주식회사|\(주\)|[.,()]/g;
const core = (name: string): string => name.toLowerCase().replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
export const sameMaker = (a: string, b: string): boolean => {
  const [x, y] = [core(a), core(b)];
  return x !== '' && y !== '' && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
};

/**
 * The model row: the vendor's own models folded into one "자체 모델 · 미국" per country, then the others
 * grouped by country ("미국 (OpenAI GPT, Anthropic Claude)") — countries other than the tool's own first,
 * since those are the news (a US coding tool that also offers Chinese models), each in the registry's
 * order of first mention. The row is cut at three lines in the popup; what comes first stays in view.
 */
export function modelsText(models: readonly Model[], vendor: string, toolCountry: string): string {
  const own: string[] = [];
  const others = new Map<string, string[]>();
  for (const m of models) {
    if (sameMaker(m.vendor, vendor)) {
      if (!own.includes(m.country)) own.push(m.country);
    } else others.set(m.country, [...(others.get(m.country) ?? []), modelName(m)]);
  }
  const countries = [...others.keys()].sort((a, b) => Number(a === toolCountry) - Number(b === toolCountry));
  return [
    ...own.map((c) => t('popupOwnModel', countryName(c))),
    ...countries.map((c) => t('popupModelsFrom', [countryName(c), others.get(c)!.join(', ')])),
  ].join(' · ');
}

/** "A, B 및 C" / "A, B, and C". */
export const listText = (items: string[]): string =>
  listFormat({ style: 'long', type: 'conjunction' }).format(items);
