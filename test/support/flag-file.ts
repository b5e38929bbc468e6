/** The bundled flag file a rendered Flag draws ("flags/US.svg"), read from its background image; null if none. */
export function flagFile(el: Element | null | undefined): string | null {
  if (!(el instanceof HTMLElement) || !el.classList.contains('flag')) return null;
  return el.style.backgroundImage.match(/flags\/[A-Z]{2}\.svg/)?.[0] ?? null;
}
