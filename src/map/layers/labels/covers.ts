/**
 * What covers part of the map — the briefing's caption card, an inset — so that no name is
 * placed under it: any element marked `data-covers-map`, as a box in the map's own pixels
 * (label-placement.ts keeps labels, leaders and leaders' ends clear of these boxes).
 */
import type { Box } from '../../label-placement.ts';

/** The attribute that marks an element drawn over the map. */
export const COVERS_MAP = 'data-covers-map';

/**
 * The boxes of the marked elements shown over `host` (the map's element), relative to it and
 * clipped to it. Read when the marks are laid out: a layout of the page, already done by then
 * unless something changed it in the same task.
 */
export function coversOf(host: HTMLElement): Box[] {
  const marked = host.ownerDocument.querySelectorAll(`[${COVERS_MAP}]`);
  if (!marked.length) return [];
  const h = host.getBoundingClientRect();
  const out: Box[] = [];
  for (const e of marked) {
    // The box a map is drawn in (the 主城 inset's own map) covers the other maps, not itself.
    if (e.contains(host)) continue;
    const r = e.getBoundingClientRect();
    const x0 = Math.max(r.left, h.left) - h.left;
    const y0 = Math.max(r.top, h.top) - h.top;
    const x1 = Math.min(r.right, h.right) - h.left;
    const y1 = Math.min(r.bottom, h.bottom) - h.top;
    // Hidden (display: none gives an empty box) or beside the map: covers nothing.
    if (x1 <= x0 || y1 <= y0) continue;
    out.push({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 });
  }
  return out;
}

/** The boxes as a key: labels are placed again when what covers the map moves. */
export const coversKey = (covers: readonly Box[]): string =>
  covers.map((b) => [b.x, b.y, b.width, b.height].map(Math.round).join(',')).join(';');

/**
 * coversOf, kept until something that could move a cover changes: the map's size, a cover's
 * attributes (hidden, class, style) or content, a cover added or removed beside the map. Reading
 * the boxes on every layout forced the page's layout inside each filter change (≈ 40 % of a
 * burst of filter clicks went to getBoundingClientRect). The observers report after the change
 * (a microtask, or the next layout); the boxes are read again after the next frame, and
 * `changed` is called when they moved, to lay the names out again.
 */
export function watchCovers(
  host: HTMLElement,
  changed: () => void,
): { boxes(): Box[]; stop(): void } {
  let boxes: Box[] | null = null;
  let key = '';
  let pending = false;
  // Read again after the next frame, when the page's layout is done anyway: read at once (in the
  // observer's microtask, inside the change), the boxes forced a layout of the page in every
  // filter click — the legend is a cover and its rows change — ≈ 10 ms a click, a fifth of a
  // burst's time (2026-12-05, 24 clicks back to back, CDP profile). Until then the names keep
  // clear of the boxes last read; a real move lays them out again.
  const dirty = () => {
    if (!boxes || pending) return;
    pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        pending = false;
        boxes = null;
        // Only a real move lays names out again (the first report of each observed element is one).
        const before = key;
        if (coversKey(read()) !== before) changed();
      }, 0),
    );
  };
  // The map's size by a ResizeObserver; a cover's by what changes it — its attributes and its
  // content — not by a ResizeObserver on it: the briefing card fits its own type to its box in
  // one, and a second observer on the card then reported "ResizeObserver loop completed with
  // undelivered notifications" on every chapter.
  const sizes = new ResizeObserver(dirty);
  const changes = new MutationObserver(dirty);
  sizes.observe(host);
  if (host.parentElement) changes.observe(host.parentElement, { childList: true });
  // Each cover observed once, when first seen (observing again reports again).
  const seen = new WeakSet<Element>();
  const read = (): Box[] => {
    if (boxes) return boxes;
    boxes = coversOf(host);
    key = coversKey(boxes);
    for (const e of host.ownerDocument.querySelectorAll(`[${COVERS_MAP}]`)) {
      if (seen.has(e)) continue;
      seen.add(e);
      changes.observe(e, {
        attributes: true,
        attributeFilter: ['hidden', 'class', 'style'],
        childList: true,
        characterData: true,
        subtree: true,
      });
    }
    return boxes;
  };
  return {
    boxes: read,
    stop: () => {
      sizes.disconnect();
      changes.disconnect();
    },
  };
}
