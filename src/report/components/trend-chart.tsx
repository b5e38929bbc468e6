/**
 * 12-week trend of the domestic share as a small hand-written SVG (no chart library: a line, dots, a
 * goal line and axis labels are ~80 lines, where the smallest maintained chart libraries add 10–50 KB).
 * Weeks without AI use leave a gap instead of pretending to be 0 %.
 */
import { t } from '../../shared/i18n';
import { percent } from '../../shared/share-points';
import type { WeekSummary } from '../../shared/week-summary';
import { axisDay } from '../format';

const W = 640;
const H = 220;
const PAD = { left: 40, right: 28, top: 12, bottom: 28 };
const plotW = W - PAD.left - PAD.right;
const plotH = H - PAD.top - PAD.bottom;

export function TrendChart({ weeks, goal }: { weeks: WeekSummary[]; goal: number }) {
  const x = (i: number) => PAD.left + (weeks.length > 1 ? (i / (weeks.length - 1)) * plotW : plotW / 2);
  const y = (p: number) => PAD.top + plotH - (p / 100) * plotH;
  const points = weeks.map((w, i) => ({ i, p: percent(w.domesticShare), week: w }));
  // Runs of consecutive weeks with data, each drawn as one line.
  const runs: { i: number; p: number }[][] = [];
  let run: { i: number; p: number }[] = [];
  for (const { i, p } of points) {
    if (p === null) (run.length > 0 && runs.push(run), (run = []));
    else run.push({ i, p });
  }
  if (run.length > 0) runs.push(run);
  const summary = points.map(({ week, p }) => `${axisDay(week.start)} ${p === null ? '–' : `${p}%`}`).join(', ');

  return (
    <svg class="trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('reportTrendTitle')}: ${summary}`}>
      {[0, 50, 100].map((p) => (
        <g key={p} class="grid">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(p)} y2={y(p)} />
          <text x={PAD.left - 6} y={y(p) + 4} text-anchor="end">{`${p}%`}</text>
        </g>
      ))}
      {goal > 0 && <line class="goal-line" x1={PAD.left} x2={W - PAD.right} y1={y(goal)} y2={y(goal)} />}
      {runs.map((r) => (
        <polyline key={r[0]!.i} class="trend-line" points={r.map(({ i, p }) => `${x(i)},${y(p)}`).join(' ')} />
      ))}
      {points.map(({ i, p, week }) => (
        <g key={week.start}>
          {p !== null && (
            <circle class="trend-dot" cx={x(i)} cy={y(p)} r={4}>
              <title>{`${axisDay(week.start)}: ${p}%`}</title>
            </circle>
          )}
          {(i % 2 === 1 || weeks.length <= 6) && (
            <text class="axis" x={x(i)} y={H - 8} text-anchor="middle">{axisDay(week.start)}</text>
          )}
        </g>
      ))}
    </svg>
  );
}
