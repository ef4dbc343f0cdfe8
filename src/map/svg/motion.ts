/**
 * The SVG map's camera: where it is, where its panes are drawn for, and flights between them. A
 * flight moves the three panes — each its own compositing layer — by a CSS transform from the
 * camera they are drawn for, so a frame is compositing only, at any number of shapes; when it
 * lands the true picture is drawn (`apply`). Screen marks follow the ground by one transform while
 * the camera moves and are laid out again when it settles (the map's `settled`).
 */
import type { Camera } from '../../state/store.ts';
import { interpolate, toWorld } from '../camera.ts';
import { U } from './scene.ts';

export interface MotionDeps {
  panes: readonly { svg: SVGSVGElement; geo: SVGGElement }[];
  /** The screen marks' group. */
  marks: SVGGElement;
  /** The map's element: `data-moving` while the camera moves. */
  host: HTMLElement;
  origin: [number, number];
  size: () => { width: number; height: number };
  start: Camera;
  /** A frame was drawn (the benchmark counts them). */
  frame: () => void;
  /** The camera came to rest at `cam`. */
  settled: (cam: Camera) => void;
}

export interface Motion {
  camera(): Camera;
  /** The camera the panes are drawn for. */
  drawn(): Camera;
  /** The camera the screen marks are laid out for, and setting it (after a layout). */
  marks(): Camera;
  setMarks(cam: Camera): void;
  /** Draws the panes for the current camera (after a resize too). */
  apply(): void;
  /** Moves at once (drag, pinch, wheel). */
  set(cam: Camera): void;
  /** Flies there in `duration` ms (0: at once; at once too when the user asks for less motion). */
  jumpTo(cam: Camera, duration?: number): void;
  stop(): void;
  destroy(): void;
}

export function cameraMotion(d: MotionDeps): Motion {
  let cam = d.start;
  let drawnCam = cam;
  let marksCam = cam;
  let inFlight = false;
  const { host, marks, origin } = d;

  /**
   * A flight: the three panes — each its own compositing layer — move by a CSS transform from
   * `drawnCam`, so a frame is compositing only, at any number of shapes. When it lands,
   * `applyCamera` draws the true picture. Edges a zoom-out uncovers stay background until then.
   */
  const applyFlight = () => {
    const { width, height } = d.size();
    const k = 2 ** cam.zoom;
    const [cx, cy] = toWorld([cam.lng, cam.lat]);
    const [dx, dy] = toWorld([drawnCam.lng, drawnCam.lat]);
    const sc = 2 ** (cam.zoom - drawnCam.zoom);
    const tx = width / 2 + (dx - cx) * k - (sc * width) / 2;
    const ty = height / 2 + (dy - cy) * k - (sc * height) / 2;
    for (const p of d.panes) p.svg.style.transform = `matrix(${sc}, 0, 0, ${sc}, ${tx}, ${ty})`;
    // A resize mid-flight draws the picture (applyCamera, which ends `inFlight`) while the flight
    // goes on: say so again, or its landing leaves this transform on (the map stuck scaled).
    inFlight = true;
    d.frame();
  };
  const applyCamera = () => {
    const { width, height } = d.size();
    drawnCam = cam;
    if (inFlight) {
      inFlight = false;
      for (const p of d.panes) p.svg.style.transform = '';
    }
    const k = 2 ** cam.zoom;
    const [cx, cy] = toWorld([cam.lng, cam.lat]);
    const a = k / U;
    const m = `matrix(${a} 0 0 ${a} ${(origin[0] - cx) * k + width / 2} ${(origin[1] - cy) * k + height / 2})`;
    for (const p of d.panes) p.geo.setAttribute('transform', m);
    // While the camera moves, the screen marks (laid out for `marksCam`) follow the ground by one
    // transform, and are laid out again at their true size when it settles (laying them out every
    // frame cost each frame of a flight ≈ 10–20 ms under software raster).
    const s = 2 ** (cam.zoom - marksCam.zoom);
    const [mx, my] = toWorld([marksCam.lng, marksCam.lat]);
    const tx = width / 2 + (mx - cx) * k;
    const ty = height / 2 + (my - cy) * k;
    marks.setAttribute(
      'transform',
      s === 1
        ? `translate(${tx - width / 2} ${ty - height / 2})`
        : `translate(${tx} ${ty}) scale(${s}) translate(${-width / 2} ${-height / 2})`,
    );
    d.frame();
  };
  let anim = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    host.dataset['moving'] = 'true';
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      delete host.dataset['moving'];
      d.settled(cam);
    }, 120);
  };
  const setCam = (next: Camera) => {
    cam = next;
    applyCamera();
    settle();
  };
  const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  const jumpTo = (target: Camera, duration = 0) => {
    cancelAnimationFrame(anim);
    if (duration <= 0 || reduced()) {
      setCam(target);
      return;
    }
    const from = cam;
    const t0 = performance.now();
    // While a flight is under way the page says so (#map[data-moving]); `settle` clears it when it
    // lands. A rest announced just before (a jump, a resize) must not clear it mid-flight: the page
    // would say the map is at rest while its panes are still scaled by the flight.
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    settleTimer = undefined;
    host.dataset['moving'] = 'true';
    // A flight that interrupts a flight goes on moving by CSS from where the panes are drawn.
    if (!inFlight && cam !== drawnCam) applyCamera();
    inFlight = true;
    const step = (now: number) => {
      const u = Math.min(1, (now - t0) / duration);
      const e = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2; // ease in-out
      cam = interpolate(from, target, e);
      if (u < 1) {
        applyFlight();
        anim = requestAnimationFrame(step);
      } else {
        applyCamera();
        settle();
      }
    };
    anim = requestAnimationFrame(step);
  };

  return {
    camera: () => cam,
    drawn: () => drawnCam,
    marks: () => marksCam,
    setMarks: (c) => (marksCam = c),
    apply: applyCamera,
    set: setCam,
    jumpTo,
    // A flight stopped (a drag or wheel takes over, a view closes) lands where it is: its panes
    // were moved by a CSS transform, and left so they stayed scaled over the page.
    stop: () => {
      cancelAnimationFrame(anim);
      if (inFlight) setCam(cam);
    },
    destroy: () => {
      cancelAnimationFrame(anim);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
    },
  };
}
