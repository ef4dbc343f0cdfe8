/**
 * The view ⇄ URL query. A copied link reproduces the view; a bad parameter is reported by name and
 * the rest still loads.
 *
 *   industry  comma-separated 小类 (or whole-门类 row) names, or 门类 names (all their rows)
 *   programme comma-separated base programme ids
 *   group     comma-separated 一区两群 group ids
 *   district  a place code (GB/T 2260 or zone id)
 *   layers    comma-separated layer ids ('none' for no layer)
 *   lang      zh (default) | en
 *   view      lng,lat,zoom
 *   tour      a briefing's id (data/tour.json); with it, the chapter sets the view
 *   step      the briefing's chapter, from 1
 *   mode      map (default) | table | compare | targets | catalogue
 *   q         what the catalogue is filtered by (any text, up to 100 characters)
 *   compare   comma-separated place codes (up to four)
 *   embed     1: embedded in another page, without header or side panels
 *   renderer  svg | webgl: forces the map's renderer (else chosen by what the machine can do)
 */
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import {
  COMPARE_LIMIT,
  DEFAULT_LAYERS,
  LAYER_IDS,
  VIEW_MODES,
  type Camera,
  type LayerId,
  type ViewMode,
  type ViewState,
} from './store.ts';

export type LinkView = Pick<
  ViewState,
  | 'industries'
  | 'programmes'
  | 'groups'
  | 'district'
  | 'layers'
  | 'lang'
  | 'camera'
  | 'tour'
  | 'mode'
  | 'compare'
  | 'embed'
  | 'query'
  | 'renderer'
>;

export interface LinkProblem {
  param: string;
  value: string;
  /** `repeated`: the parameter came more than once; the first value is used. */
  reason: 'unknown-parameter' | 'unknown-value' | 'malformed' | 'repeated';
}

const KNOWN = [
  'industry',
  'programme',
  'group',
  'district',
  'layers',
  'lang',
  'view',
  'tour',
  'step',
  'mode',
  'compare',
  'embed',
  'q',
  'renderer',
] as const;

/** The longest catalogue query a link may carry. */
export const QUERY_LIMIT = 100;
const GROUP_IDS: readonly GroupId[] = ['central', 'new-area', 'northeast', 'southeast'];

const split = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Rounds the camera so links stay short: 1e-4° ≈ 10 m, zoom to 0.01. */
function formatCamera(c: Camera): string {
  return `${c.lng.toFixed(4)},${c.lat.toFixed(4)},${c.zoom.toFixed(2)}`;
}

/** The query string (without '?') for a view; defaults are left out. */
export function encodeView(v: LinkView, data: DataFiles): string {
  const q = new URLSearchParams();
  if (v.tour) {
    // A briefing's chapter sets everything else: the link names the chapter only.
    q.set('tour', v.tour.id);
    q.set('step', String(v.tour.step + 1));
    if (v.lang !== 'zh') q.set('lang', v.lang);
    if (v.renderer) q.set('renderer', v.renderer);
    return q.toString();
  }
  if (v.industries.length) {
    const picked = new Set(v.industries);
    const rowIds = new Set(data.layout.map((r) => r.id));
    const terms: string[] = [];
    const done = new Set<string>();
    for (const r of data.layout) {
      if (!picked.has(r.id) || done.has(r.id)) continue;
      const catRows = data.layout.filter((x) => x.category === r.category).map((x) => x.id);
      // A 门类 name stands for all its rows — unless it is also a row's own id.
      if (catRows.length > 1 && catRows.every((id) => picked.has(id)) && !rowIds.has(r.category)) {
        terms.push(r.category);
        catRows.forEach((id) => done.add(id));
      } else {
        terms.push(r.id);
        done.add(r.id);
      }
    }
    q.set('industry', terms.join(','));
  }
  if (v.programmes.length) q.set('programme', v.programmes.join(','));
  if (v.groups.length) q.set('group', v.groups.join(','));
  if (v.district) q.set('district', v.district);
  if (!sameSet(v.layers, DEFAULT_LAYERS)) {
    q.set(
      'layers',
      v.layers.length ? LAYER_IDS.filter((l) => v.layers.includes(l)).join(',') : 'none',
    );
  }
  if (v.lang !== 'zh') q.set('lang', v.lang);
  if (v.camera) q.set('view', formatCamera(v.camera));
  if (v.mode !== 'map') q.set('mode', v.mode);
  if (v.compare.length) q.set('compare', v.compare.join(','));
  if (v.embed) q.set('embed', '1');
  if (v.query) q.set('q', v.query);
  if (v.renderer) q.set('renderer', v.renderer);
  return q.toString().replace(/%2C/g, ',');
}

/** Reads a query string; whatever it cannot read is listed in `problems`, the rest is kept. */
export function decodeView(
  search: string,
  data: DataFiles,
): { view: Partial<LinkView>; problems: LinkProblem[] } {
  const q = new URLSearchParams(search.replace(/^\?/, ''));
  const view: Partial<LinkView> = {};
  const problems: LinkProblem[] = [];
  const bad = (param: string, value: string, reason: LinkProblem['reason']): void => {
    problems.push({ param, value, reason });
  };

  for (const key of new Set(q.keys())) {
    if (!(KNOWN as readonly string[]).includes(key))
      bad(key, q.get(key) ?? '', 'unknown-parameter');
    else if (q.getAll(key).length > 1) bad(key, q.getAll(key).slice(1).join(' · '), 'repeated');
  }

  const industry = q.get('industry');
  if (industry !== null) {
    const ids: string[] = [];
    for (const term of split(industry)) {
      const row = data.layout.find((r) => r.id === term);
      const cat = data.layout.filter((r) => r.category === term);
      if (row) ids.push(row.id);
      else if (cat.length) ids.push(...cat.map((r) => r.id));
      else bad('industry', term, 'unknown-value');
    }
    view.industries = [...new Set(ids)];
  }

  const programme = q.get('programme');
  if (programme !== null) {
    const known = new Set(data.programmes.map((p) => p.id));
    view.programmes = split(programme).filter((p): p is ProgrammeId => {
      const ok = known.has(p as ProgrammeId);
      if (!ok) bad('programme', p, 'unknown-value');
      return ok;
    });
  }

  const group = q.get('group');
  if (group !== null) {
    view.groups = split(group).filter((g): g is GroupId => {
      const ok = (GROUP_IDS as readonly string[]).includes(g);
      if (!ok) bad('group', g, 'unknown-value');
      return ok;
    });
  }

  const district = q.get('district');
  if (district !== null) {
    if (data.places.some((p) => p.id === district)) view.district = district;
    else bad('district', district, 'unknown-value');
  }

  const layers = q.get('layers');
  if (layers !== null) {
    const list = layers.trim() === 'none' ? [] : split(layers);
    view.layers = list.filter((l): l is LayerId => {
      const ok = (LAYER_IDS as readonly string[]).includes(l);
      if (!ok) bad('layers', l, 'unknown-value');
      return ok;
    });
  }

  const lang = q.get('lang');
  if (lang !== null) {
    if (lang === 'zh' || lang === 'en') view.lang = lang;
    else bad('lang', lang, 'unknown-value');
  }

  const cam = q.get('view');
  if (cam !== null) {
    // Decimal numbers only: Number('') is 0 (",," would open the map at 0°, 0°) and Number
    // takes hex ("0x1A") and exponents; a camera in a link is three plain decimals.
    const parts = cam
      .split(',')
      .map((s) => s.trim())
      .map((s) => (/^-?\d{1,3}(\.\d{1,12})?$/.test(s) ? Number(s) : Number.NaN));
    const [lng, lat, zoom] = parts;
    const ok =
      parts.length === 3 &&
      parts.every(Number.isFinite) &&
      lng !== undefined &&
      lat !== undefined &&
      zoom !== undefined &&
      Math.abs(lng) <= 180 &&
      Math.abs(lat) <= 85 &&
      zoom >= 0 &&
      zoom <= 22;
    if (ok) view.camera = { lng, lat, zoom };
    else bad('view', cam, 'malformed');
  }

  const mode = q.get('mode');
  if (mode !== null) {
    if ((VIEW_MODES as readonly string[]).includes(mode)) view.mode = mode as ViewMode;
    else bad('mode', mode, 'unknown-value');
  }

  const compare = q.get('compare');
  if (compare !== null) {
    const ids = [...new Set(split(compare))];
    view.compare = ids.filter((id) => {
      const ok = data.places.some((p) => p.id === id);
      if (!ok) bad('compare', id, 'unknown-value');
      return ok;
    });
    if (view.compare.length > COMPARE_LIMIT) {
      bad('compare', view.compare.slice(COMPARE_LIMIT).join(','), 'malformed');
      view.compare = view.compare.slice(0, COMPARE_LIMIT);
    }
  }

  const embed = q.get('embed');
  if (embed !== null) {
    if (embed === '1' || embed === '0') view.embed = embed === '1';
    else bad('embed', embed, 'malformed');
  }

  const query = q.get('q');
  if (query !== null) {
    if (query.length > QUERY_LIMIT) bad('q', `${query.slice(0, 20)}…`, 'malformed');
    else view.query = query.trim();
  }

  const renderer = q.get('renderer');
  if (renderer !== null) {
    if (renderer === 'svg' || renderer === 'webgl') view.renderer = renderer;
    else bad('renderer', renderer, 'unknown-value');
  }

  // Whether the tour exists is checked when the briefing (loaded on demand) starts.
  const tour = q.get('tour');
  const step = q.get('step');
  if (tour !== null) {
    const n = step === null ? 1 : Number(step);
    if (!/^[a-z0-9-]{1,40}$/.test(tour)) bad('tour', tour, 'malformed');
    else if (!Number.isInteger(n) || n < 1) {
      bad('step', step ?? '', 'malformed');
      view.tour = { id: tour, step: 0 };
    } else view.tour = { id: tour, step: n - 1 };
  } else if (step !== null) bad('step', step, 'malformed');
  return { view, problems };
}
