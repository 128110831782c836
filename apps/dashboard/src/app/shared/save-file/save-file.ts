/**
 * Hands a file the page already holds to the browser's download, as a link to it would. Files come
 * through the API with the bearer token (a plain link would not carry it) or are made in the page.
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, name);
  // released once the download has started, not before
  setTimeout(() => URL.revokeObjectURL(url));
}

/** A `blob:` or `data:` URL (a chart's PNG) downloaded under `name`. */
export function saveUrl(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}
