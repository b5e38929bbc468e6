/**
 * Chrome cuts a popup at 600 px. Under a tall label (a long model picker, many "where input goes" rows, a
 * wordy alternative) the popup gives up detail in this order until it fits, measured before the first
 * paint: the second alternative, then the week's country and top-tool columns (the report has them), then
 * the first alternative (the button to show them stays). Her own click on "대안 더 보기" is never undone.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

export const POPUP_MAX_HEIGHT = 600;
export type FitLevel = 0 | 1 | 2 | 3;
const MOST: FitLevel = 3;

/** Alternatives shown before "대안 N개 더 보기", at each level. */
export const alternativesShown = (level: FitLevel): number => (level === 0 ? 2 : level === 3 ? 0 : 1);
/** The week keeps its totals, bar and change; its two columns go at level 2. */
export const tallyColumns = (level: FitLevel): boolean => level < 2;

/**
 * The level for this view: starts at 0 for every new view (`key`) and steps up while the page is too tall.
 * Measured in a ResizeObserver, which runs after the browser's own layout and before it paints: reading the
 * height in the render itself would force an extra synchronous layout on the popup's critical path.
 */
export function useFitLevel(key: unknown): FitLevel {
  const [fit, setFit] = useState<{ key: unknown; level: FitLevel }>({ key, level: 0 });
  const level = fit.key === key ? fit.level : 0;
  useLayoutEffect(() => {
    const step = () => {
      if (level < MOST && document.documentElement.scrollHeight > POPUP_MAX_HEIGHT) setFit({ key, level: (level + 1) as FitLevel });
    };
    if (typeof ResizeObserver === 'undefined') return step(); // no layout engine to wait for (tests)
    // Only the first notification (sent once the view is laid out): her own unfolding of sources or
    // alternatives later must not fold anything else away.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      step();
    });
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [key, level]);
  return level;
}
