/** A friendly full-popup message for pages we don't label. */
export function PageNotice({ title, body }: { title: string; body: string }) {
  return (
    <section class="notice" role="status">
      <h1>{title}</h1>
      {body && <p>{body}</p>}
    </section>
  );
}
