/**
 * The weekly card as a PNG, for completed weeks only (a card of Monday morning would tell nothing): drawn
 * on a canvas, offered as an <a download> with a blob URL. For the week in progress, a way to last week's.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { WeekSummary } from '../../shared/week-summary';
import { CARD_SIZE, cardFlags, cardFontReady, drawShareCard, shareCardLabel, shareCardText } from '../draw-share-card';

interface Props {
  week: WeekSummary;
  previous: WeekSummary;
  inProgress: boolean;
  /** Shows the last completed week (offered while the week in progress is shown). */
  showLastWeek: () => void;
}

export function ShareCard({ week, previous, inProgress, showLastWeek }: Props) {
  const text = inProgress ? null : shareCardText(week, previous);
  return (
    <section aria-labelledby="card-title" id="share-card">
      <h2 id="card-title">{t('reportCardTitle')}</h2>
      {inProgress ? (
        <p class="muted" id="card-later">
          {t('reportCardLater')}{' '}
          <button type="button" class="link-button" id="card-last-week" onClick={showLastWeek}>{t('reportCardShowLast')}</button>
        </p>
      ) : !text ? (
        <p class="muted">{t('reportNoUseWeek')}</p>
      ) : (
        <CardCanvas week={week} previous={previous} label={shareCardLabel(text)} />
      )}
    </section>
  );
}

function CardCanvas({ week, previous, label }: { week: WeekSummary; previous: WeekSummary; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    setHref(null);
    void (async () => {
      const ctx = canvas.current?.getContext('2d');
      if (!ctx) return;
      const [, flags] = await Promise.all([cardFontReady(), cardFlags(shareCardText(week, previous)?.countryRows.map((r) => r.code) ?? [])]);
      if (cancelled || !drawShareCard(ctx, week, previous, flags)) return;
      const el = canvas.current;
      const blob = el ? await new Promise<Blob | null>((r) => el.toBlob(r, 'image/png')) : null;
      if (!blob || cancelled) return;
      url = URL.createObjectURL(blob);
      setHref(url);
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [week, previous]);

  return (
    <>
      <canvas ref={canvas} class="share-card" width={CARD_SIZE} height={CARD_SIZE} role="img" aria-label={label} />
      <p>
        {href ? (
          <a class="button" id="card-download" href={href} download={`ai-origin-${week.start}.png`}>{t('reportCardDownload')}</a>
        ) : (
          <span class="muted">{t('reportCardDrawing')}</span>
        )}
      </p>
    </>
  );
}
