/**
 * The link parameters that change the matching list (src/panels/matching-list.ts: its places,
 * its selected row, its language): the build-time list in index.html is wrong for a link with
 * any of them. The entry reads this before the app has loaded, so it has no imports.
 */
export const LIST_PARAMS = ['industry', 'programme', 'group', 'district', 'lang'] as const;

/** Whether a page opened at `search` lists other places, or otherwise, than the default view. */
export function listChangedBy(search: string): boolean {
  const q = new URLSearchParams(search);
  return LIST_PARAMS.some((p) => q.has(p));
}
