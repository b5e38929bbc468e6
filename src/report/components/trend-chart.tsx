/**
 * The 12-week trend as 100 % stacked columns — 국산 at the bottom, 국내 서비스·해외 모델 on it, 해외 on top —
 * so the Korean-service share the goal counts is the height of the lower two parts, read against the
 * dashed goal line ("목표 20%"). Hand-written SVG (no chart library: ~120 lines here, where the smallest
 * maintained chart libraries add 10–50 KB). The week in progress is drawn hollow and labelled "진행 중";
 * a week without AI use has no column instead of pretending to be 0 %. The SVG is drawn at the width it is
 * shown (measured), so its 12 px labels stay 12 px on a phone-width window. Clicking a column shows that
 * week (the ‹ › switcher is the keyboard way).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { threeParts, type ThreeParts } from '../../shared/share-points';
import type { WeekSummary } from '../../shared/week-summary';
import { axisDay, weekRange } from '../format';
import { useReportStore } from '../store';

const H = 230;
const PAD = { left: 44, right: 70, top: 14, bottom: 46 };
const PARTS = ['domestic', 'mixed', 'foreign'] as const;
const PART_NAMES = { domestic: 'reportPartDomestic', mixed: 'reportPartMixed', foreign: 'reportPartForeign' } as const;

/** The element's width in CSS pixels, following resizes (a fixed fallback where ResizeObserver is missing). */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

const partsText = (p: ThreeParts): string =>
  [t('sharePartDomestic', String(p.domestic)), t('sharePartMixed', String(p.mixed)), t('sharePartForeign', String(p.foreign))].join(' · ');

/** `weeks` oldest first, the last one in progress; `selected` the index of the week the page shows. */
export function TrendChart({ weeks, goal, selected }: { weeks: WeekSummary[]; goal: number; selected: number }) {
  const showWeek = useReportStore((s) => s.showWeek);
  const [box, width] = useWidth(640);
  const W = Math.max(300, width);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = weeks.length;
  const slot = plotW / Math.max(1, n);
  const barW = Math.min(30, slot * 0.62);
  const cx = (i: number) => PAD.left + slot * (i + 0.5);
  const y = (p: number) => PAD.top + plotH - (p / 100) * plotH;
  const labelEvery = slot >= 46 ? 1 : slot >= 24 ? 2 : 3;
  const current = n - 1;
  const columns = weeks.map((week, i) => ({ week, i, parts: threeParts(week.time) }));
  const summary = columns.map(({ week, i, parts }) =>
    `${axisDay(week.start)} ${parts ? `${parts.domestic + parts.mixed}%` : t('reportNoUse')}${i === current ? ` (${t('reportInProgress')})` : ''}`,
  ).join(', ');

  return (
    <div ref={box} class="trend-box">
      <svg class="trend" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img"
        aria-label={`${t('reportTrendTitle')} (${t('reportTrendCounts')}): ${summary}`}>
        {columns.map(({ week, i }) => i === selected && (
          <rect key="selected" class="trend-selected" x={cx(i) - slot / 2} y={PAD.top - 6} width={slot} height={plotH + 6 + PAD.bottom - 4} rx={6} />
        ))}
        {[0, 50, 100].map((p) => (
          <g key={p} class="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} />
            <text x={PAD.left - 8} y={y(p) + 4} text-anchor="end">{`${p}%`}</text>
          </g>
        ))}
        {columns.map(({ week, i, parts }) => {
          let from = 0;
          return (
            <g key={week.start} class={i === current ? 'trend-col in-progress' : 'trend-col'} onClick={() => showWeek(week.start)}>
              <title>{`${weekRange(week.start, week.end)}${i === current ? ` · ${t('reportInProgress')}` : ''}: ${parts ? partsText(parts) : t('reportNoUse')}`}</title>
              {/* The whole slot takes the click, so short or missing columns are easy to hit. */}
              <rect class="trend-hit" x={cx(i) - slot / 2} y={PAD.top} width={slot} height={plotH + PAD.bottom} />
              {!parts && <text class="no-use" x={cx(i)} y={y(0) - 6} text-anchor="middle">–</text>}
              {parts && PARTS.map((part) => {
                const to = from + parts[part];
                const rect = parts[part] > 0 && (
                  <rect key={part} class={`seg-${part}`} x={cx(i) - barW / 2} y={y(to)} width={barW} height={y(from) - y(to)} />
                );
                from = to;
                return rect;
              })}
              {Math.abs(selected - i) % labelEvery === 0 && (
                <text class={i === selected ? 'axis axis-selected' : 'axis'} x={cx(i)} y={H - PAD.bottom + 18} text-anchor="middle">
                  {axisDay(week.start)}
                </text>
              )}
              {i === current && (
                <text class="axis in-progress-label" x={cx(i)} y={H - PAD.bottom + 34} text-anchor="middle">{t('reportInProgress')}</text>
              )}
            </g>
          );
        })}
        {goal > 0 && (
          <g class="goal">
            <line class="goal-line" x1={PAD.left} x2={W - PAD.right + 4} y1={y(goal)} y2={y(goal)} />
            <text class="goal-label" x={W - PAD.right + 8} y={y(goal) + 4}>{t('reportGoalLine', String(goal))}</text>
          </g>
        )}
      </svg>
      <ul class="share-legend trend-legend" aria-hidden="true">
        {PARTS.map((part) => (
          <li key={part} class={`legend-${part}`}><span class="dot" />{t(PART_NAMES[part])}</li>
        ))}
        <li class="legend-hollow"><span class="dot" />{t('reportInProgress')}</li>
      </ul>
    </div>
  );
}
