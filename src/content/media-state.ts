/**
 * Is media playing that a person can perceive? Audible (not muted, volume above zero) or visible (at
 * least 64 × 64 px of it inside the viewport, not `visibility: hidden`). A muted 1 × 1 looping video,
 * or one parked off-screen, plays for nobody. (The tracker also requires the user to have interacted
 * with the page before media counts at all.)
 */
const MIN_VISIBLE_PX = 64;

function visible(media: HTMLMediaElement): boolean {
  if (!(media instanceof HTMLVideoElement)) return false;
  const r = media.getBoundingClientRect();
  const width = Math.min(r.right, innerWidth) - Math.max(r.left, 0);
  const height = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
  return width >= MIN_VISIBLE_PX && height >= MIN_VISIBLE_PX && getComputedStyle(media).visibility === 'visible';
}

const audible = (media: HTMLMediaElement): boolean => !media.muted && media.volume > 0;

export const mediaPerceivable = (): boolean => [...document.querySelectorAll('video, audio')].some((m) => {
  const media = m as HTMLMediaElement;
  return !media.paused && !media.ended && (audible(media) || visible(media));
});
