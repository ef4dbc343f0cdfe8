/**
 * The app's code chunks, fetched in parallel once the page has painted.
 *
 * The build lists them in index.html (`<meta name="app-chunks">`, vite.config.ts `preloadApp`)
 * rather than as `<link rel="modulepreload">` tags: as tags they were fetched and compiled while
 * the HTML was parsed, and in Lighthouse's mobile run the page's first frame then came ≈ 1.2 or
 * 2.2 s after the navigation instead of ≈ 0.2 s (the same build with the tags taken out, four
 * audits each, 2026-12-05; docs/performance.md). Added by the entry after the first paint, all at
 * once (Vite's own helper added them one by one, each after a search of the page's links: a task
 * of ≈ 150 ms on a phone), they are still fetched side by side rather than one import after
 * another.
 */
export const APP_CHUNKS_META = 'app-chunks';

/** Adds a modulepreload link for each chunk `doc` lists; the number added (0 when none). */
export function preloadChunks(doc: Document = document): number {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${APP_CHUNKS_META}"]`);
  const files = meta?.content.split(/\s+/).filter(Boolean) ?? [];
  const links = doc.createDocumentFragment();
  for (const href of files) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    links.append(link);
  }
  doc.head.append(links);
  // Once: a second call (the three-second fallback) adds nothing.
  meta?.remove();
  return files.length;
}
