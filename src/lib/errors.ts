/**
 * What a failed dynamic import says, per browser (Chromium, Firefox, Safari; Vite's CSS preload),
 * or a file of the app fetched as data (`MissingFile`): a part of the app that did not arrive —
 * offline, or a deploy dropped it. Users are told that in words, not shown "TypeError: Failed to
 * fetch dynamically imported module: <url>".
 */
const CHUNK_FAILED =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

/**
 * The file a failed chunk load names ('' when it names none), or null for any other error. Only
 * the file's name: the page's address says nothing to a reader.
 */
export function missingChunk(e: unknown): string | null {
  if (e instanceof MissingFile) return fileName(e.url);
  const msg = e instanceof Error ? e.message : String(e);
  if (!CHUNK_FAILED.test(msg)) return null;
  return fileName(/\b(?:https?|file|blob):\/\/\S+/.exec(msg)?.[0] ?? '');
}

/** A URL's last segment, without query or fragment ('' for a data: URL: it names no file). */
const fileName = (url: string): string =>
  url.startsWith('data:') ? '' : ((url.split(/[?#]/)[0] ?? '').split('/').pop() ?? '');

/** A file of the app (its data, not a module) that did not download: told as a chunk is. */
export class MissingFile extends Error {
  constructor(
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(`A file of the app did not download: ${fileName(url) || 'inline data'}`, options);
    this.name = 'MissingFile';
  }
}

/**
 * A file of the app as text. Offline, not found, cut off in the download, or answered with a page
 * instead (hosts that serve index.html for any unknown path, with 200): a `MissingFile`, which
 * the page says in words.
 */
export async function fetchAppFile(url: string): Promise<string> {
  const missing = () => {
    throw new MissingFile(url);
  };
  const res = await fetch(url).catch(missing);
  if (!res.ok || /^text\/html\b/i.test(res.headers.get('content-type') ?? '')) missing();
  return res.text().catch(missing);
}
