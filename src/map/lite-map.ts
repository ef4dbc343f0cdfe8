/**
 * The light map: the districts as an SVG choropleth that follows the filters and opens a district
 * on a tap — no WebGL, no map library. Phones start with it (the live map's start-up is seconds of
 * main-thread work on a phone CPU, and most visits only read the choropleth and the panels); a
 * button loads the zoomable map with bases, cooperation lines and labels. See README, Performance.
 */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { placeName, t } from '../i18n/index.ts';
import {
  projectDistricts,
  projector,
  type ProjectedDistricts,
} from '../pipeline/first-paint-svg.ts';
import type { AppStore } from '../state/store.ts';
import { layerContext } from './layers/context.ts';
import { industryColour } from './style.ts';

const SVG = 'http://www.w3.org/2000/svg';
const NONE = 'rgb(233,236,239)';

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/**
 * Mounts the light map in `host`; `start` is called (once) when the user asks for the live map.
 * Returns an unmount function.
 */
export function mountLiteMap(
  host: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
  start: () => void,
): () => void {
  const { height, shapes, project } = fromFirstPaint(host) ?? projectDistricts(atlas.units);
  const svg = el('svg', {
    viewBox: `-20 -20 1040 ${height + 40}`,
    preserveAspectRatio: 'xMidYMid meet',
    class: 'lite-map',
    'data-testid': 'lite-map',
    // The matching list and the map summary say what it shows, for screen readers and keyboards.
    'aria-hidden': 'true',
  });
  const paths = new Map<string, SVGPathElement>();
  const g = el('g', { stroke: '#fff', 'stroke-width': 1.2 });
  for (const s of shapes) {
    const p = el('path', { d: s.d, 'data-code': s.id });
    p.addEventListener('click', () => store.getState().selectDistrict(s.id));
    paths.set(s.id, p);
    g.append(p);
  }
  const labels = el('g', { class: 'lite-labels' });
  for (const s of shapes) {
    const place = data.places.find((p) => p.id === s.id);
    // The central districts are too small at this scale to carry a label without overlap.
    if (!place || place.group === 'central') continue;
    const [x, y] = project(atlas.anchor(s.id));
    const text = el('text', { x: Math.round(x), y: Math.round(y), 'text-anchor': 'middle' });
    text.dataset['code'] = s.id;
    labels.append(text);
  }
  const outline = el('path', {
    d: '',
    fill: 'none',
    stroke: '#111',
    'stroke-width': 3,
    'pointer-events': 'none',
  });
  svg.append(g, outline, labels);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'lite-start';
  button.dataset['testid'] = 'lite-start';
  button.addEventListener('click', () => {
    button.disabled = true;
    start();
  });
  host.append(svg, button);
  host.dataset['lite'] = 'true';

  const paint = () => {
    const s = store.getState();
    const ctx = layerContext(s, data, atlas);
    for (const [id, p] of paths) {
      const n = ctx.counts.get(id) ?? 0;
      const [r, gr, b] = industryColour(n, ctx.max);
      p.setAttribute('fill', n ? `rgb(${r},${gr},${b})` : NONE);
    }
    outline.setAttribute('d', (s.district && paths.get(s.district)?.getAttribute('d')) || '');
    for (const text of labels.children) {
      const place = data.places.find((p) => p.id === (text as SVGTextElement).dataset['code']);
      if (place)
        text.textContent = place.short && s.lang === 'zh' ? place.short : placeName(place, s.lang);
    }
    button.textContent = t(s.lang, 'liteStart');
    button.title = t(s.lang, 'liteStartHint');
  };
  paint();
  const unsubscribe = store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.district, s.lang] as const,
    paint,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  return () => {
    unsubscribe();
    svg.remove();
    button.remove();
    delete host.dataset['lite'];
  };
}

/**
 * The districts as the build-time first paint has them (its <img> holds the SVG, each path with
 * its code, and the projection): re-using them spares a phone projecting every vertex again.
 */
function fromFirstPaint(host: HTMLElement): ProjectedDistricts | null {
  const src = host.querySelector('img.first-paint')?.getAttribute('src');
  const prefix = 'data:image/svg+xml,';
  if (!src?.startsWith(prefix)) return null;
  const doc = new DOMParser().parseFromString(
    decodeURIComponent(src.slice(prefix.length)),
    'image/svg+xml',
  );
  const root = doc.documentElement;
  const params = (root.getAttribute('data-projection') ?? '').split(' ').map(Number);
  const height = Number(root.getAttribute('viewBox')?.split(' ')[3]);
  const shapes = [...root.querySelectorAll('path[data-code]')].map((p) => ({
    id: p.getAttribute('data-code') ?? '',
    d: p.getAttribute('d') ?? '',
  }));
  if (params.length !== 3 || !params.every(Number.isFinite) || !height || !shapes.length)
    return null;
  return { height, shapes, project: projector(params), params: params as [number, number, number] };
}

/** Phones (a coarse pointer on a narrow screen) start with the light map. */
export function startsLite(): boolean {
  return matchMedia('(pointer: coarse) and (max-width: 900px)').matches;
}
