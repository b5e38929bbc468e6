/**
 * The shareable weekly card, drawn on a 1080×1080 canvas (the square most social apps take). Korean text
 * needs a CJK font: we name the common system ones (Noto Sans CJK on Linux, Apple SD Gothic Neo, Malgun
 * Gothic) and wait for it to be ready, so the PNG never shows empty boxes. Nothing is fetched.
 */
import { countryName, t } from '../shared/i18n';
import { percent, pointsChange, signed } from '../shared/share-points';
import type { WeekSummary } from '../shared/week-summary';
import { weekRange } from './format';

export const CARD_SIZE = 1080;
const FONT = '"Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
const BLUE = '#0047a0';
const ORANGE = '#c2410c';

/** Resolves once the CJK font can be used on a canvas (a no-op where the Font Loading API is missing). */
export async function cardFontReady(): Promise<void> {
  await Promise.all(['400', '700'].map((w) => document.fonts?.load(`${w} 48px ${FONT}`, '국산 비율').catch(() => undefined)));
}

/** Draws the card for `week` (with the change from `previous`); false when the week had no AI use. */
export function drawShareCard(ctx: CanvasRenderingContext2D, week: WeekSummary, previous: WeekSummary): boolean {
  const share = percent(week.domesticShare);
  if (share === null) return false;
  const S = CARD_SIZE;
  const font = (weight: number, px: number) => `${weight} ${px}px ${FONT}`;
  ctx.fillStyle = '#f7f9fc';
  ctx.fillRect(0, 0, S, S);
  ctx.fillStyle = BLUE;
  ctx.fillRect(0, 0, S, 16);

  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1b1f24';
  ctx.font = font(700, 44);
  ctx.fillText(t('extName'), 80, 130);
  ctx.fillStyle = '#57606a';
  ctx.font = font(400, 36);
  ctx.fillText(weekRange(week.start, week.end), 80, 185);

  ctx.fillStyle = '#1b1f24';
  ctx.font = font(700, 60);
  ctx.fillText(t('reportCardHeadline'), 80, 350);
  ctx.fillStyle = BLUE;
  ctx.font = font(700, 220);
  ctx.fillText(`${share}%`, 70, 590);

  const change = pointsChange(week.domesticShare, previous.domesticShare);
  if (change !== null) {
    ctx.fillStyle = '#57606a';
    ctx.font = font(400, 40);
    ctx.fillText(t('reportCardChange', signed(change)), 80, 665);
  }

  // Domestic vs foreign bar.
  const barY = 730, barH = 56, barW = S - 160;
  ctx.fillStyle = ORANGE;
  ctx.fillRect(80, barY, barW, barH);
  ctx.fillStyle = BLUE;
  ctx.fillRect(80, barY, (barW * share) / 100, barH);
  ctx.font = font(700, 36);
  ctx.fillStyle = BLUE;
  ctx.fillText(t('reportDomesticPercent', String(share)), 80, barY + barH + 52);
  ctx.fillStyle = ORANGE;
  ctx.textAlign = 'right';
  ctx.fillText(t('reportForeignPercent', String(100 - share)), 80 + barW, barY + barH + 52);
  ctx.textAlign = 'left';

  const known = week.time.domestic + week.time.foreign;
  const countries = week.byCountry.filter((c) => c.country !== 'unknown' && c.ms > 0).slice(0, 3)
    .map((c) => `${countryName(c.country)} ${Math.round((c.ms / known) * 100)}%`);
  ctx.fillStyle = '#57606a';
  ctx.font = font(400, 34);
  ctx.fillText(countries.join(' · '), 80, 945);
  ctx.font = font(400, 28);
  ctx.fillText(t('reportCardFooter'), 80, 1010);
  return true;
}
