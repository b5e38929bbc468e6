/**
 * The shareable weekly card, drawn on a 1080×1080 canvas (the square most social apps take), for a
 * COMPLETED week: the three parts 국산 / 국내 서비스·해외 모델 / 해외 as one bar and three rows, the Korean-
 * service total (what the goal counts) with the change from the week before, and the top countries.
 * Korean text needs a CJK font: we name the common system ones (Noto Sans CJK on Linux, Apple SD Gothic
 * Neo, Malgun Gothic) and wait for it to be ready, so the PNG never shows empty boxes. Nothing is fetched.
 */
import { countryName, t } from '../shared/i18n';
import { pointsChange, signed, splitShare, threeParts, type ThreeParts } from '../shared/share-points';
import type { WeekSummary } from '../shared/week-summary';
import { weekRange } from './format';

export const CARD_SIZE = 1080;
const FONT = '"Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
/** The report's light palette (the card is an image: it looks the same in dark mode). */
export const CARD_COLOURS = { domestic: '#0047a0', mixed: '#7a3fc8', foreign: '#c2410c' } as const;
const INK = '#1b1f24';
const MUTED = '#57606a';
/** Where the bar is drawn (tests read its pixels back). */
export const CARD_BAR = { x: 80, y: 360, width: 920, height: 64 } as const;

const PART_KEYS = { domestic: 'reportPartDomestic', mixed: 'reportPartMixed', foreign: 'reportPartForeign' } as const;
const ORDER = ['domestic', 'mixed', 'foreign'] as const;

export interface ShareCardText {
  title: string;
  range: string;
  headline: string;
  parts: { part: keyof ThreeParts; label: string; percent: number }[];
  total: string;
  change: string;
  countries: string;
  /** The same countries one by one, for drawing each with its flag. */
  countryRows: { code: string; text: string }[];
  footer: string;
}

/** Every word on the card (also the canvas's accessible name); null when the week had no AI use. */
export function shareCardText(week: WeekSummary, previous: WeekSummary): ShareCardText | null {
  const parts = threeParts(week.time);
  if (!parts) return null;
  const known = week.time.domestic + week.time.foreign;
  const change = pointsChange(splitShare(week.time), splitShare(previous.time));
  return {
    title: t('extName'),
    range: weekRange(week.start, week.end),
    headline: t('reportCardHeadline'),
    parts: ORDER.map((part) => ({ part, label: t(PART_KEYS[part]), percent: parts[part] })),
    total: t('reportCardKorean', String(parts.domestic + parts.mixed)),
    change: change === null ? '' : change === 0 ? t('reportSameAsBefore') : t('reportCardChange', signed(change)),
    ...countryLines(week, known),
    footer: t('reportCardFooter'),
  };
}

function countryLines(week: WeekSummary, known: number): Pick<ShareCardText, 'countries' | 'countryRows'> {
  const countryRows = week.byCountry.filter((c) => c.country !== 'unknown' && c.ms > 0).slice(0, 3)
    .map((c) => ({ code: c.country, text: `${countryName(c.country)} ${Math.round((c.ms / known) * 100)}%` }));
  return { countries: countryRows.map((r) => r.text).join(' · '), countryRows };
}

/** The bundled SVG flags of the card's countries, decoded for the canvas (a missing one is left out). */
export async function cardFlags(codes: readonly string[]): Promise<Map<string, HTMLImageElement>> {
  const flags = new Map<string, HTMLImageElement>();
  await Promise.all(codes.map(async (code) => {
    const img = new Image(42, 28);
    img.src = `flags/${code}.svg`;
    try {
      await img.decode();
      flags.set(code, img);
    } catch { /* not bundled: the name alone */ }
  }));
  return flags;
}

export const shareCardLabel = (text: ShareCardText): string =>
  [text.headline, text.range, ...text.parts.map((p) => `${p.label} ${p.percent}%`), text.total, text.change, text.countries]
    .filter(Boolean).join(' · ');

/** Resolves once the CJK font can be used on a canvas (a no-op where the Font Loading API is missing). */
export async function cardFontReady(): Promise<void> {
  await Promise.all(['400', '700'].map((w) => document.fonts?.load(`${w} 48px ${FONT}`, '국산 비율').catch(() => undefined)));
}

const font = (weight: number, px: number) => `${weight} ${px}px ${FONT}`;

/** Sets the largest font up to `px` at which `text` fits `width` (long English labels shrink a little). */
function fitFont(ctx: CanvasRenderingContext2D, text: string, weight: number, px: number, width: number): void {
  let size = px;
  ctx.font = font(weight, size);
  while (size > 20 && ctx.measureText(text).width > width) ctx.font = font(weight, (size -= 2));
}

/** Draws the card; false when the week had no AI use. */
export function drawShareCard(ctx: CanvasRenderingContext2D, week: WeekSummary, previous: WeekSummary,
  flags: ReadonlyMap<string, CanvasImageSource> = new Map()): boolean {
  const text = shareCardText(week, previous);
  if (!text) return false;
  const S = CARD_SIZE;
  const left = 80, right = S - 80;
  ctx.fillStyle = '#f7f9fc';
  ctx.fillRect(0, 0, S, S);
  ctx.fillStyle = CARD_COLOURS.domestic;
  ctx.fillRect(0, 0, S, 16);

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = font(700, 44);
  ctx.fillText(text.title, left, 120);
  ctx.fillStyle = MUTED;
  ctx.font = font(400, 36);
  ctx.fillText(text.range, left, 175);
  ctx.fillStyle = INK;
  fitFont(ctx, text.headline, 700, 60, right - left);
  ctx.fillText(text.headline, left, 300);

  // One bar in three parts, in the order of the rows below.
  const bar = CARD_BAR;
  let x = bar.x;
  for (const { part, percent } of text.parts) {
    const w = part === 'foreign' ? bar.x + bar.width - x : Math.round((bar.width * percent) / 100);
    ctx.fillStyle = CARD_COLOURS[part];
    ctx.fillRect(x, bar.y, w, bar.height);
    x += w;
  }

  // Three rows: a dot, the part's name, its percent on the right.
  text.parts.forEach(({ part, label, percent }, i) => {
    const baseline = 540 + i * 118;
    ctx.fillStyle = CARD_COLOURS[part];
    ctx.beginPath();
    ctx.arc(left + 16, baseline - 16, 16, 0, 2 * Math.PI);
    ctx.fill();
    ctx.font = font(700, 96);
    ctx.textAlign = 'right';
    const value = `${percent}%`;
    ctx.fillText(value, right, baseline + 14);
    const valueWidth = ctx.measureText(value).width;
    ctx.textAlign = 'left';
    ctx.fillStyle = INK;
    fitFont(ctx, label, 500, 46, right - valueWidth - 40 - (left + 52));
    ctx.fillText(label, left + 52, baseline);
  });

  ctx.fillStyle = INK;
  ctx.font = font(700, 38);
  ctx.fillText(text.total, left, 880);
  if (text.change) {
    const after = ctx.measureText(`${text.total}  `).width;
    ctx.fillStyle = MUTED;
    ctx.font = font(400, 38);
    ctx.fillText(`· ${text.change}`, left + after, 880);
  }
  // Top countries, each with its flag (the same SVGs as the popup: emoji are letters on Windows).
  ctx.fillStyle = MUTED;
  ctx.font = font(400, 34);
  let cx = left;
  text.countryRows.forEach(({ code, text: line }, i) => {
    const flag = flags.get(code);
    if (flag) ctx.drawImage(flag, cx, 944 - 28, 42, 28), (cx += 52);
    const shown = i < text.countryRows.length - 1 ? `${line}  ·  ` : line;
    ctx.fillText(shown, cx, 944);
    cx += ctx.measureText(shown).width;
  });
  ctx.font = font(400, 28);
  ctx.fillText(text.footer, left, 1020);
  return true;
}
