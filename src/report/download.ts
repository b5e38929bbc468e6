/** Saves text as a file through an <a download> and a blob URL (no network, no downloads permission). */
export function saveFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; free it once this task is done.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
