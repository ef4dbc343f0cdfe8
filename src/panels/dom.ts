/** A tiny element builder. Text always goes in through textContent, never innerHTML. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element: `on*` attrs become listeners, booleans toggle attributes, the rest are set. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Each re-rendered container's scroll offset, kept from its scroll events. */
const scrolled = new WeakMap<HTMLElement, number>();

/**
 * Re-renders `el` with `render()`, keeping keyboard focus on the element with the same `data-key`
 * (a re-render must not throw a keyboard user back to the top) and the scroll offset. Nothing here
 * reads layout: the offset comes from scroll events, so a re-render never forces a synchronous
 * layout in the middle of a filter change.
 */
export function rerender(el: HTMLElement, render: () => Node): void {
  if (!scrolled.has(el)) {
    scrolled.set(el, 0);
    el.addEventListener('scroll', () => scrolled.set(el, el.scrollTop), { passive: true });
  }
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && el.contains(active) ? active.dataset['key'] : undefined;
  el.replaceChildren(render());
  const scroll = scrolled.get(el) ?? 0;
  if (scroll > 0) el.scrollTop = scroll;
  if (key)
    [...el.querySelectorAll<HTMLElement>('[data-key]')]
      .find((e) => e.dataset['key'] === key)
      ?.focus();
}

/**
 * Runs `fn` once after the next frame, however often it is asked before then. Side panels render
 * this way on a filter change: the map's frame goes first (the change the user is watching), the
 * list and legend follow a frame later, and their DOM work never delays the map.
 */
export function afterNextFrame(fn: () => void): () => void {
  let pending = false;
  const raf =
    typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => f();
  return () => {
    if (pending) return;
    pending = true;
    raf(() =>
      setTimeout(() => {
        pending = false;
        fn();
      }, 0),
    );
  };
}

/**
 * Runs `mount` once `el` is laid out (not inside something `display: none`): at once where it
 * shows, else when it first does (an IntersectionObserver says so). A phone keeps the filters in a closed drawer and the legend
 * folded; building them at start-up cost ≈ 130 and 170 ms of a phone's CPU for panels nobody
 * had opened. Its unbounded margin tells "laid out" from "hidden" (below the fold counts as laid
 * out: a screen reader reaches it there).
 */
export function mountWhenShown(el: HTMLElement, mount: () => void): void {
  // Shown now (a desktop's side column): at once, as before.
  if (typeof IntersectionObserver !== 'function' || el.getClientRects().length > 0) return mount();
  const seen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      mount();
    },
    { rootMargin: '100000px' },
  );
  seen.observe(el);
}
