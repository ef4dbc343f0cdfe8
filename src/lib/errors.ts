/**
 * What a failed dynamic import says, per browser (Chromium, Firefox, Safari; Vite's CSS preload):
 * a part of the app that did not arrive — offline, or a deploy dropped it. Users are told that in
 * words, not shown "TypeError: Failed to fetch dynamically imported module: <url>".
 */
const CHUNK_FAILED =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/**
 * The file a failed chunk load names ('' when it names none), or null for any other error. Only
 * the file's name: the page's address says nothing to a reader.
 */
export function missingChunk(e: unknown): string | null {
  const msg = e instanceof Error ? e.message : String(e);
  if (!CHUNK_FAILED.test(msg)) return null;
  const url = /\b(?:https?|file|blob):\/\/\S+/.exec(msg)?.[0] ?? '';
  return (url.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
}
