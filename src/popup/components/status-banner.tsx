/** A one-line notice above the content — tracking paused, or this tool excluded — with the way back on it. */
export function StatusBanner({ text, action, onAction }: { text: string; action: string; onAction: () => void }) {
  return (
    <p class="banner" role="note">
      <span>
        <span aria-hidden="true">⏸ </span>
        {text}
      </span>
      <button type="button" class="banner-action" onClick={onAction}>{action}</button>
    </p>
  );
}
