/**
 * Saves a blob as a file through the browser's download (a temporary link). The object URL is
 * revoked a while later, not at once: some browsers start reading it after the click returns.
 */
export function downloadBlob(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
