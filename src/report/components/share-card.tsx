/** The weekly card as a PNG: drawn on a canvas, offered as an <a download> with a blob URL. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { WeekSummary } from '../../shared/week-summary';
import { CARD_SIZE, cardFontReady, drawShareCard } from '../draw-share-card';

export function ShareCard({ week, previous }: { week: WeekSummary; previous: WeekSummary }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [href, setHref] = useState<string | null>(null);
  const hasData = week.domesticShare !== null;

  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    void (async () => {
      const ctx = canvas.current?.getContext('2d');
      if (!ctx || !hasData) return;
      await cardFontReady();
      if (cancelled || !drawShareCard(ctx, week, previous)) return;
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
  }, [week, previous, hasData]);

  return (
    <section aria-labelledby="card-title">
      <h2 id="card-title">{t('reportCardTitle')}</h2>
      {!hasData ? (
        <p class="muted">{t('reportNoUseYet')}</p>
      ) : (
        <>
          <canvas ref={canvas} class="share-card" width={CARD_SIZE} height={CARD_SIZE} aria-label={t('reportCardTitle')} />
          <p>
            {href ? (
              <a class="button" id="card-download" href={href} download={`ai-origin-${week.start}.png`}>{t('reportCardDownload')}</a>
            ) : (
              <span class="muted">{t('reportCardDrawing')}</span>
            )}
          </p>
        </>
      )}
    </section>
  );
}
