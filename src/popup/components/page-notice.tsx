/** A friendly message for pages we don't label (ordinary sites, browser pages). */
export function PageNotice({ kind, title, body }: { kind: 'web' | 'browser'; title: string; body: string }) {
  return (
    <section class={`notice ${kind}`} aria-labelledby="notice-title">
      <span class="notice-icon" aria-hidden="true">{kind === 'web' ? '🌐' : '🧭'}</span>
      <h1 id="notice-title">{title}</h1>
      {body && <p>{body}</p>}
    </section>
  );
}
