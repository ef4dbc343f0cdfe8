/**
 * The single offline file's own HTML, kept as it was parsed (boot.ts calls `captureOwnHtml` first
 * thing, before anything changes the page), so that the file can write a copy of itself with
 * another briefing inside (src/briefing/single-file.ts). A file opened over file:// cannot fetch
 * itself; the hosted app fetches its offline.html instead and never captures.
 */
let html: string | null = null;

export function captureOwnHtml(): void {
  html = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

export function ownHtml(): string | null {
  return html;
}
