/** A one-line notice above the content: tracking paused, or this tool excluded from counting. */
export function StatusBanner({ text }: { text: string }) {
  return (
    <p class="banner" role="note">
      <span aria-hidden="true">⏸ </span>
      {text}
    </p>
  );
}
