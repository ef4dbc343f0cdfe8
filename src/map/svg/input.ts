/**
 * Pan, pinch, wheel, double-click and keyboard on the SVG map, as camera changes.
 *
 * Hand-written rather than d3-zoom: d3-zoom keeps its own screen transform (k, x, y) and owns the
 * element's zoom state, while here the camera is lng/lat/zoom, written by the store (its one
 * writer) and carried out by CSS flights; bridging the two both ways would be more code than
 * these handlers, and d3-zoom with d3-selection, -transition, -drag and -interpolate would add
 * ≈ 12 KiB gzip to the first paint's JavaScript, which this map is there to keep small.
 */
import type { Camera } from '../../state/store.ts';
import { panBy, zoomAbout } from '../camera.ts';

/** Pointer travel (px) under which a press is a click, not a drag. */
export const CLICK_SLOP = 5;

export interface InputTarget {
  camera(): Camera;
  size(): { width: number; height: number };
  /** The whole city's framing (the 0 key). */
  home(): Camera;
  /** Moves at once (drag, pinch, wheel). */
  set(camera: Camera): void;
  /** Flies (keys, double-click). */
  fly(camera: Camera, ms: number): void;
  /** Stops a flight under way. */
  stop(): void;
  click(client: [number, number], local: [number, number]): void;
  hover(client: [number, number], local: [number, number]): void;
  leave(): void;
}

type Point = { x: number; y: number };

/**
 * Wires the handlers on `root`; returns the function that removes them. A `fixed` view (the 主城
 * inset) answers hover and click only.
 */
export function bindInput(root: HTMLElement, fixed: boolean, target: InputTarget): () => void {
  const local = (e: MouseEvent): [number, number] => {
    const r = root.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const pointers = new Map<number, Point>();
  let travelled = 0;
  let pinch: { d: number; cam: Camera; cx: number; cy: number } | null = null;
  const pair = () => [...pointers.values()] as [Point, Point];

  const onDown = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    root.setPointerCapture?.(e.pointerId);
    const [x, y] = local(e);
    pointers.set(e.pointerId, { x, y });
    if (pointers.size === 1) travelled = 0;
    if (pointers.size === 2) {
      const [a, b] = pair();
      pinch = {
        d: Math.hypot(a.x - b.x, a.y - b.y),
        cam: target.camera(),
        cx: (a.x + b.x) / 2,
        cy: (a.y + b.y) / 2,
      };
    }
    root.classList.add('dragging');
  };
  const onMove = (e: PointerEvent) => {
    const [x, y] = local(e);
    const last = pointers.get(e.pointerId);
    if (!last) {
      target.hover([e.clientX, e.clientY], [x, y]);
      return;
    }
    target.stop();
    pointers.set(e.pointerId, { x, y });
    const { width, height } = target.size();
    if (pinch && pointers.size === 2) {
      const [a, b] = pair();
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      travelled += CLICK_SLOP;
      const k = Math.log2(d / Math.max(1, pinch.d));
      target.set(zoomAbout(pinch.cam, width, height, k, pinch.cx, pinch.cy));
      return;
    }
    travelled += Math.abs(x - last.x) + Math.abs(y - last.y);
    if (travelled > CLICK_SLOP) {
      target.leave();
      target.set(panBy(target.camera(), x - last.x, y - last.y));
    }
  };
  const onUp = (e: PointerEvent) => {
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    if (!pointers.size) root.classList.remove('dragging');
  };
  const onClick = (e: MouseEvent) => {
    if (travelled > CLICK_SLOP) {
      travelled = 0;
      return;
    }
    target.click([e.clientX, e.clientY], local(e));
  };
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    target.stop();
    const [x, y] = local(e);
    const px = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    const { width, height } = target.size();
    target.set(
      zoomAbout(target.camera(), width, height, Math.max(-1, Math.min(1, -px / 300)), x, y),
    );
  };
  const onDblClick = (e: MouseEvent) => {
    const [x, y] = local(e);
    const { width, height } = target.size();
    target.fly(zoomAbout(target.camera(), width, height, e.shiftKey ? -1 : 1, x, y), 300);
  };
  const onKey = (e: KeyboardEvent) => {
    const next = keyMove(e.key, target);
    if (!next) return;
    target.fly(next.camera, next.ms);
    e.preventDefault();
  };
  const onLeave = () => target.leave();
  const handlers: [string, EventListener, AddEventListenerOptions?][] = [
    ['pointerdown', onDown as EventListener],
    ['pointermove', onMove as EventListener],
    ['pointerup', onUp as EventListener],
    ['pointercancel', onUp as EventListener],
    ['pointerleave', onLeave],
    ['click', onClick as EventListener],
    ['dblclick', onDblClick as EventListener],
    ['wheel', onWheel as EventListener, { passive: false }],
    ['keydown', onKey as EventListener],
  ];
  const HOVER_AND_CLICK = new Set(['pointermove', 'pointerleave', 'click']);
  for (const [type, fn, o] of handlers)
    if (!fixed || HOVER_AND_CLICK.has(type)) root.addEventListener(type, fn, o);
  return () => {
    for (const [type, fn] of handlers) root.removeEventListener(type, fn);
  };
}

/** The move a key asks for: arrows pan, +/− zoom, 0 the whole city (as the 全市 button). */
function keyMove(key: string, target: InputTarget): { camera: Camera; ms: number } | null {
  const cam = target.camera();
  const { width, height } = target.size();
  const pan: Record<string, [number, number]> = {
    ArrowLeft: [100, 0],
    ArrowRight: [-100, 0],
    ArrowUp: [0, 100],
    ArrowDown: [0, -100],
  };
  const p = pan[key];
  if (p) return { camera: panBy(cam, p[0], p[1]), ms: 200 };
  if (key === '+' || key === '=') return { camera: zoomAbout(cam, width, height, 1), ms: 250 };
  if (key === '-' || key === '_') return { camera: zoomAbout(cam, width, height, -1), ms: 250 };
  if (key === '0') return { camera: target.home(), ms: 400 };
  return null;
}
