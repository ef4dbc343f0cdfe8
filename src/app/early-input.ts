/**
 * Input that arrives before the app is wired: the build-time picture and the header's buttons are
 * on screen from the first paint, so a click on them must not be lost. The page's entry (boot.ts)
 * holds every such click, marks the button busy, and the app replays them in order once its
 * handlers exist. Tiny and dependency-free: it is in the first script the page runs.
 */

export interface HeldClick {
  target: Element;
  x: number;
  y: number;
  /** The id of the element round the target when it was clicked (where to find its successor). */
  scope?: string;
}

export interface EarlyInput {
  /** Stops holding clicks and hands over the ones held, oldest first. */
  release(): HeldClick[];
}

interface PictureShape {
  code: string;
  name: string;
  nameEn: string;
  path: Path2D;
}

/** The build-time picture's districts (its <img> carries their shapes and names), parsed once. */
function pictureShapes(img: HTMLImageElement): { shapes: PictureShape[]; w: number; h: number } {
  const src = img.getAttribute('src') ?? '';
  const svg = new DOMParser().parseFromString(
    decodeURIComponent(src.slice(src.indexOf(',') + 1)),
    'image/svg+xml',
  ).documentElement;
  const [, , w = 1000, h = 1] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const shapes = [...svg.querySelectorAll('path[data-code]')].map((p) => ({
    code: p.getAttribute('data-code') ?? '',
    name: p.getAttribute('data-name') ?? '',
    nameEn: p.getAttribute('data-name-en') ?? '',
    path: new Path2D(p.getAttribute('d') ?? ''),
  }));
  return { shapes, w, h };
}

/**
 * The district under a click on the picture (object-fit: contain inside its padding), or null.
 */
function districtAt(img: HTMLImageElement, x: number, y: number): PictureShape | null {
  const { shapes, w, h } = (cache ??= pictureShapes(img));
  const r = img.getBoundingClientRect();
  // Padded unevenly: the legend dock's room is kept free (styles.css `.first-paint`).
  const cs = getComputedStyle(img);
  const [pl, pt, pr, pb] = [cs.paddingLeft, cs.paddingTop, cs.paddingRight, cs.paddingBottom].map(
    (v) => parseFloat(v) || 0,
  ) as [number, number, number, number];
  const bw = r.width - pl - pr;
  const bh = r.height - pt - pb;
  const k = Math.min(bw / w, bh / h);
  const ux = (x - r.left - pl - (bw - w * k) / 2) / k;
  const uy = (y - r.top - pt - (bh - h * k) / 2) / k;
  const ctx = (probe ??= document.createElement('canvas').getContext('2d'));
  return shapes.find((s) => ctx?.isPointInPath(s.path, ux, uy)) ?? null;
}
let cache: ReturnType<typeof pictureShapes> | null = null;

/** The district the SVG map draws at a client point (its paths carry their codes). */
function svgDistrictAt(doc: Document, x: number, y: number): string | null {
  for (const e of doc.elementsFromPoint(x, y)) {
    const code = e.closest('[data-kind="district"]')?.getAttribute('data-code');
    if (code) return code;
  }
  return null;
}

function shapeByCode(img: HTMLImageElement, code: string | null): PictureShape | null {
  if (!code) return null;
  return (cache ??= pictureShapes(img)).shapes.find((s) => s.code === code) ?? null;
}
let probe: CanvasRenderingContext2D | null = null;

/**
 * Opens the district's panel at once, with its name and a loading line; the app fills it in (the
 * held click is replayed when the app is ready).
 */
function answerOnPicture(doc: Document, s: PictureShape, en: boolean): void {
  const host = doc.getElementById('district');
  if (!host) return;
  const panel = doc.createElement('div');
  panel.className = 'district-panel';
  panel.dataset['testid'] = 'district-panel';
  panel.dataset['code'] = s.code;
  panel.setAttribute('aria-busy', 'true');
  const title = doc.createElement('h2');
  title.textContent = en ? s.nameEn : s.name;
  const line = doc.createElement('p');
  line.className = 'muted';
  line.textContent = en ? 'Loading its details…' : '正在载入详情…';
  panel.append(title, line);
  host.replaceChildren(panel);
  host.hidden = false;
}

/** Starts holding clicks on buttons and on the map. */
export function holdEarlyInput(doc: Document = document): EarlyInput {
  const held: HeldClick[] = [];
  const status = doc.getElementById('status');
  const en = /[?&]lang=en(&|$)/.test(location.search);
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    const button = target?.closest('button');
    const map = target?.closest('#map');
    if (!target || (!button && !map)) return;
    // The start-up's own retry (the app failed to load) is not a click for the app to replay.
    if (target.closest('#map-loading')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const scope = button?.parentElement?.closest('[id]')?.id;
    held.push({
      target: button ?? target,
      x: e.clientX,
      y: e.clientY,
      ...(scope ? { scope } : {}),
    });
    if (button) button.setAttribute('aria-busy', 'true');
    // On the build-time picture (it lets clicks through to #map), or on the SVG map drawn before
    // the panels are wired: answer with the district now.
    const img = map?.querySelector<HTMLImageElement>('img.first-paint');
    if (img && map) {
      const hit = map.querySelector('.svg-map')
        ? shapeByCode(img, svgDistrictAt(doc, e.clientX, e.clientY))
        : img.offsetParent !== null
          ? districtAt(img, e.clientX, e.clientY)
          : null;
      if (hit) answerOnPicture(doc, hit, en);
    }
    // The page's language decides the words; both are short.
    if (status)
      status.textContent = en ? 'Starting; it will run in a moment…' : '正在启动，稍候即执行…';
  };
  doc.addEventListener('click', onClick, true);
  return {
    release: () => {
      doc.removeEventListener('click', onClick, true);
      for (const c of held) c.target.removeAttribute('aria-busy');
      if (status) status.textContent = '';
      return held.splice(0);
    },
  };
}

/** Replays held clicks: a button is clicked again; a map click goes to what is there now. */
export function replay(clicks: readonly HeldClick[], doc: Document = document): void {
  for (const c of clicks) {
    if (c.target instanceof HTMLButtonElement) {
      // A button of the build-time list is gone once the app has drawn its own: the app's
      // button with the same key in the same place takes the click (keys are unique per panel).
      const key = c.target.dataset['key'];
      const within = c.scope ? doc.getElementById(c.scope) : null;
      const live =
        c.target.isConnected || !key
          ? c.target
          : [...(within?.querySelectorAll<HTMLButtonElement>('button[data-key]') ?? [])].find(
              (b) => b.dataset['key'] === key,
            );
      live?.click();
      continue;
    }
    const now = doc.elementFromPoint(c.x, c.y);
    now?.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, clientX: c.x, clientY: c.y }),
    );
  }
}
