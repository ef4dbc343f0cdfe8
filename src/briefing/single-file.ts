/**
 * "下载离线简报" (issue 22): one HTML file that plays this briefing on a laptop with no network. It
 * is the offline single file (npm run build:offline → dist-offline/index.html: code, data,
 * boundaries, seeds and the map's worker inlined) with the briefing file (file.ts) inside, in a
 * `<script type="application/json" id="cq-briefing">`; at start-up the app reads it back through
 * `readBriefingFile` — every name checked against the data, every quote against its seed — and
 * starts the presenter on its first chapter (src/main.ts).
 *
 * Where the offline HTML comes from: the hosted build ships it as `offline.html` beside
 * index.html (vite.config.ts, `offlineFile`; fetched only when someone downloads, never
 * precached); the single file itself rebuilds its own HTML from the copy boot.ts kept.
 */
import { downloadBlob } from '../lib/download.ts';
import { briefingFileText } from './file.ts';
import { ownHtml } from './own-html.ts';
import type { Tour } from '../tour/types.ts';

/** The element id the app looks for at start-up. */
export const BRIEFING_ELEMENT = 'cq-briefing';

/** The site carries no offline.html (built without `npm run build:offline` first). */
export class OfflineFileMissing extends Error {
  override name = 'OfflineFileMissing';
}

/** The offline single file's HTML: this page's own when it is that file, else the site's copy. */
export async function offlineHtml(): Promise<string> {
  const own = ownHtml();
  if (own) return own;
  const res = await fetch(new URL('offline.html', document.baseURI));
  if (!res.ok) throw new OfflineFileMissing(`offline.html: HTTP ${res.status}`);
  return res.text();
}

/**
 * `html` with `tour` inside (any briefing it carried before taken out). The JSON's "<" are
 * written as \u003c, so no text of a caption can close the script element or open another.
 */
export function withBriefing(html: string, tour: Tour): string {
  const json = briefingFileText(tour).replace(/</g, '\\u003c');
  const tag = `<script type="application/json" id="${BRIEFING_ELEMENT}">${json}</script>`;
  const bare = html.replace(
    new RegExp(`<script type="application/json" id="${BRIEFING_ELEMENT}">[^<]*</script>`),
    '',
  );
  const at = bare.lastIndexOf('</body>');
  return at < 0 ? `${bare}${tag}` : `${bare.slice(0, at)}${tag}${bare.slice(at)}`;
}

/** A file name from the briefing's title: what a file system accepts, the Chinese kept. */
export function singleFileName(tour: Tour, lang: 'zh' | 'en'): string {
  const title = (tour.title[lang] || tour.id).replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `${title || 'briefing'}.html`;
}

/** Downloads the briefing as one offline HTML file; returns its name and size in bytes. */
export async function downloadSingleFile(
  tour: Tour,
  deps: { lang: 'zh' | 'en' },
): Promise<{ file: string; bytes: number }> {
  const blob = new Blob([withBriefing(await offlineHtml(), tour)], {
    type: 'text/html;charset=utf-8',
  });
  const file = singleFileName(tour, deps.lang);
  downloadBlob(blob, file);
  return { file, bytes: blob.size };
}
