/**
 * The SVG map: every layer of the live map — choropleth, Sichuan partners, 川渝 arcs and frameworks,
 * 一区两群 and belts, bases, zones, brands, labels, selection and highlight — drawn by the browser's
 * own vector renderer, with pan, zoom, hover and click. It is on screen from the first paint (it
 * takes the build-time picture's framing) and stays the renderer where WebGL is software or
 * missing: there a filter change is a few attribute writes and a pan is one transform, where the
 * live map pays tens of ms a frame and seconds of shader compiles (README, Rendering).
 *
 * Geometry is projected once into web-mercator units (1 unit = 1 px at zoom 10) and moved by one
 * transform; symbols and labels are laid out in screen pixels when the zoom settles.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { DataFiles, ProgrammeId } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import { renderTooltip, tooltipFor } from '../panels/tooltip.ts';
import { placeOf, type MapHit } from './hit.ts';
import type { AppStore, Camera, ViewState } from '../state/store.ts';
import { unitFills } from './base-layers.ts';
import {
  fitCamera,
  interpolate,
  panBy,
  project,
  toWorld,
  zoomAbout,
  type Bounds,
  type FitOptions,
} from './camera.ts';
import { piePath, placeMapLabels, projectBadges, warmLabelRanks } from './label-placement.ts';
import { homeFraming } from './home.ts';
import { layerContext, type LayerContext } from './layers/context.ts';
import { memoLast } from './layers/memo.ts';
import { PROGRAMME_SHAPES, symbolPath, zonePath } from './layers/icons.ts';
import type { MapView } from './map-view.ts';
import {
  brandLabels,
  brandText,
  coopArcs,
  LABEL_FONT,
  labelScale,
  placeBases,
  visibleBases,
  type CoopArc,
  type PlacedBase,
} from './marks.ts';
import {
  ARC_COLOUR,
  BACKGROUND,
  css,
  GROUP_COLOURS,
  industryColour,
  LINES,
  NEUTRAL_FILL,
  PARTNER_CSS,
  PARTNER_OPACITY,
  PROGRAMME_COLOURS,
  PROVINCE_FILL,
  RIVER_LABEL,
  SEAT_PX,
  VERDICT_COLOURS,
} from './style.ts';

const NS = 'http://www.w3.org/2000/svg';
/**
 * Units per zoom-0 world unit: 1 unit is a tenth of a CSS pixel at zoom 10. Path data is written
 * in whole units — integers convert to text several times faster than `toFixed(1)`, and building
 * the districts' paths is most of the map's start-up.
 */
const U = 10240;
/** Pointer travel (px) under which a press is a click, not a drag. */
const CLICK_SLOP = 5;

type Attrs = Record<string, string | number>;
function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Path data of a polygon in map units. */
function pathOf(geometry: Polygon | MultiPolygon, origin: [number, number]): string {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const rings of polys)
    for (const ring of rings) {
      let [lx, ly] = [NaN, NaN];
      let n = 0;
      for (const p of ring) {
        const [x, y] = toWorld(p as [number, number]);
        const X = Math.round((x - origin[0]) * U);
        const Y = Math.round((y - origin[1]) * U);
        if (X === lx && Y === ly) continue;
        d += `${n++ ? 'L' : 'M'}${X} ${Y}`;
        [lx, ly] = [X, Y];
      }
      d += 'Z';
    }
  return d;
}

/** Polylines (rivers) as path data in map units, as `pathOf` (open, not closed). */
function linesPath(lines: readonly Position[][], origin: [number, number]): string {
  let d = '';
  for (const line of lines)
    line.forEach((p, i) => {
      const [x, y] = toWorld(p as [number, number]);
      d += `${i ? 'L' : 'M'}${Math.round((x - origin[0]) * U)} ${Math.round((y - origin[1]) * U)}`;
    });
  return d;
}

/** A path in map units: its stroke stays in CSS pixels whatever the zoom (not inherited, so each path says so). */
const geoPath = (d: string, attrs: Attrs = {}) =>
  el('path', { d, 'vector-effect': 'non-scaling-stroke', ...attrs });

const stroke = (
  l: { colour: string; width: number; opacity: number; dash?: readonly number[] },
  colour = l.colour,
) => ({
  fill: 'none',
  stroke: colour,
  'stroke-width': l.width,
  'stroke-opacity': l.opacity,
  'stroke-linejoin': 'round',
  'vector-effect': 'non-scaling-stroke',
  // As maplibre draws them: dashes in line widths.
  ...(l.dash ? { 'stroke-dasharray': l.dash.map((d) => d * l.width).join(' ') } : {}),
});

export interface SvgMapOptions {
  /** The camera to start at; else the districts framed as the first paint frames them. */
  camera?: Camera | null;
  /** Called after each frame the map draws (for the benchmark's latency figures). */
  onFrame?: () => void;
  /** A map of its own (a paper handout's): it never writes the app's camera. */
  detached?: boolean;
  /**
   * A fixed view (the 主城 inset): hover and click only — no drag, wheel, double-click or keys —
   * and no tab stop, as it has nothing for the keyboard to do.
   */
  fixed?: boolean;
}

/** Mounts the SVG map in `host` (the #map element) and returns it as a MapView. */
export function mountSvgMap(
  host: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
  tooltip: HTMLElement,
  opts: SvgMapOptions = {},
): MapView & { element: HTMLElement } {
  const origin = toWorld([
    (atlas.bounds[0][0] + atlas.bounds[1][0]) / 2,
    (atlas.bounds[0][1] + atlas.bounds[1][1]) / 2,
  ]);
  let width = host.clientWidth || 800;
  let height = host.clientHeight || 600;
  let cam: Camera = opts.camera ?? fitCamera(atlas.home, width, height, homeFraming(host));
  /** The camera the SVG content is transformed for (a flight moves the layers from it by CSS). */
  let drawnCam: Camera = cam;
  let inFlight = false;

  // Three stacked layers, each composited on its own (styles.css): a recolour of the districts
  // re-rasters 38 polygons, not the labels, arcs and outlines over them — under software raster
  // that is most of a frame's cost.
  const root = document.createElement('div');
  root.className = 'svg-map';
  root.dataset['testid'] = 'svg-map';
  root.tabIndex = 0;
  root.setAttribute('role', 'application');
  root.setAttribute('aria-roledescription', 'map');
  const layer = (name: string) => {
    // Sized in pixels, not 100%: a percentage-sized <svg> is laid out again — and all its text
    // re-rastered — whenever anything on the page is (measured: ≈ 200 ms a filter change at
    // national scale).
    const l = el('svg', { class: `svg-layer svg-${name}`, width, height });
    const g = el('g', { class: 'geo' });
    l.append(g);
    root.append(l);
    return { svg: l, geo: g };
  };
  const under = layer('under');
  const mid = layer('mid');
  const over = layer('over');
  under.svg.insertBefore(
    el('rect', { x: -1e5, y: -1e5, width: 2e5, height: 2e5, fill: BACKGROUND }),
    under.geo,
  );
  const geos = [under.geo, mid.geo, over.geo];
  const marks = el('g', { class: 'marks' });
  over.svg.append(marks);

  // Static geometry, built once.
  const group = (parent: SVGGElement, cls: string, attrs: Attrs = {}) => {
    const g = el('g', { class: cls, ...attrs });
    parent.append(g);
    return g;
  };
  const provinces = group(under.geo, 'provinces');
  const sichuan = group(under.geo, 'sichuan', stroke(LINES.sichuan));
  const partners = group(under.geo, 'partners', {
    stroke: LINES.partner.colour,
    'stroke-width': 1,
  });
  const units = group(mid.geo, 'units', {
    stroke: LINES.district.colour,
    'stroke-width': LINES.district.width,
    'stroke-linejoin': 'round',
  });
  // Rivers over the districts' fills, under every outline and mark; 主城's outline over them.
  // Neither takes a click: a tap on the river at 涪陵 is a tap on 涪陵.
  const rivers = group(over.geo, 'rivers', { 'data-kind': 'rivers', 'pointer-events': 'none' });
  for (const r of atlas.rivers) {
    const d = linesPath(r.geometry.coordinates, origin);
    rivers.append(geoPath(d, stroke(LINES.riverCasing)), geoPath(d, stroke(LINES.river)));
  }
  const core = atlas.core;
  if (core)
    group(over.geo, 'core', { 'data-kind': 'core', 'pointer-events': 'none' }).append(
      geoPath(pathOf(core.geometry, origin), stroke(LINES.core)),
    );
  const frameworks = group(over.geo, 'frameworks', stroke(LINES.framework));
  const regions = group(over.geo, 'regions');
  const arcs = group(over.geo, 'arcs', { fill: 'none', 'stroke-linecap': 'round' });
  const highlight = group(over.geo, 'highlight');
  const selected = el('path', stroke(LINES.selected));
  over.geo.append(selected);

  // Neighbouring provinces and Sichuan decode lazily in the atlas: draw them after the first frame.
  // The context, in steps a task each: the atlas decodes Sichuan and the provinces, and merges the
  // group and belt outlines, on first use — together a long task on a phone.
  const contextSteps: (() => void)[] = [
    () => {
      for (const f of atlas.provinces)
        provinces.append(
          el('path', {
            d: pathOf(f.geometry, origin),
            ...stroke(LINES.province),
            fill: PROVINCE_FILL,
          }),
        );
    },
    // Sichuan's ≈ 200 outlines: decoded in one task, drawn in several.
    () => void atlas.sichuan,
    ...[0, 1, 2, 3].map((part) => () => {
      const all = atlas.sichuan;
      const size = Math.ceil(all.length / 4);
      for (const f of all.slice(part * size, (part + 1) * size))
        sichuan.append(geoPath(pathOf(f.geometry, origin)));
    }),
    () => {
      const partnerIds = new Set(coopArcs(data.cooperation).map((a) => a.to));
      for (const f of atlas.sichuan) {
        if (!partnerIds.has(f.properties.id)) continue;
        const place = atlas.places.get(f.properties.id);
        partners.append(
          el('path', {
            d: pathOf(f.geometry, origin),
            fill: PARTNER_CSS,
            'fill-opacity':
              place?.kind === 'sc-city' ? PARTNER_OPACITY.city : PARTNER_OPACITY.county,
            'vector-effect': 'non-scaling-stroke',
            'data-code': f.properties.id,
            'data-kind': 'partner',
          }),
        );
      }
      for (const a of coopArcs(data.cooperation)) arcs.append(arcPath(a));
    },
    () => {
      for (const f of atlas.frameworks) frameworks.append(geoPath(pathOf(f.geometry, origin)));
    },
  ];
  let contextDrawn = false;
  const drawContextStep = () => {
    contextSteps.shift()?.();
    if (contextSteps.length) contextTimer = setTimeout(drawContextStep, 0);
    else {
      contextDrawn = true;
      syncState();
    }
  };
  const drawContextNow = () => {
    while (contextSteps.length) contextSteps.shift()?.();
    contextDrawn = true;
  };
  /** 一区两群 and the belts: merged outlines, made the first time the layer is shown. */
  let regionsDrawn = false;
  const drawRegions = () => {
    regionsDrawn = true;
    for (const g of atlas.groups)
      regions.append(
        el('path', {
          d: pathOf(g.geometry, origin),
          ...stroke(LINES.group, GROUP_COLOURS(g.id as never)),
        }),
      );
    for (const b of atlas.belts) {
      regions.append(geoPath(pathOf(b.whole, origin), stroke(LINES.belt)));
      for (const p of b.partial)
        regions.append(geoPath(pathOf(p.geometry, origin), stroke(LINES.beltPartial)));
    }
  };

  const unitPaths = new Map<string, SVGPathElement>();
  for (const u of atlas.units) {
    const p = el('path', {
      d: pathOf(u.geometry, origin),
      'vector-effect': 'non-scaling-stroke',
      'data-code': u.properties.id,
      'data-kind': 'district',
    });
    unitPaths.set(u.properties.id, p);
    units.append(p);
  }

  /** A 川渝 arc: a curve bowed to the left of its direction, a fifth of its length high. */
  function arcPath(a: CoopArc): SVGPathElement {
    const [x0, y0] = toWorld(atlas.anchor(a.from));
    const [x1, y1] = toWorld(atlas.anchor(a.to));
    const [ax, ay, bx, by] = [
      (x0 - origin[0]) * U,
      (y0 - origin[1]) * U,
      (x1 - origin[0]) * U,
      (y1 - origin[1]) * U,
    ];
    const mx = (ax + bx) / 2 - (by - ay) * 0.2;
    const my = (ay + by) / 2 + (bx - ax) * 0.2;
    const p = el('path', {
      d: `M${Math.round(ax)} ${Math.round(ay)}Q${Math.round(mx)} ${Math.round(my)} ${Math.round(bx)} ${Math.round(by)}`,
      stroke: css(a.inferred ? [86, 180, 233, 140] : ARC_COLOUR),
      'stroke-opacity': a.inferred ? 0.6 : 0.9,
      'stroke-width': a.inferred ? 1.5 : 3,
      'vector-effect': 'non-scaling-stroke',
      'data-kind': 'arc',
    });
    arcObjects.set(p, a);
    return p;
  }
  const arcObjects = new WeakMap<Element, CoopArc>();

  host.append(root);

  // —— State → picture ——
  let ctx: LayerContext = layerContext(store.getState(), data, atlas);
  let placedBases: (PlacedBase & { x: number; y: number })[] = [];
  const zones = data.places.filter((p) => p.kind === 'functional-zone');

  /**
   * Sets an attribute only when it changes: any write invalidates its layer, and re-rastering the
   * symbol layer (10,000 bases at national scale) costs far more than the change itself.
   */
  const put = (e: Element, name: string, value: string) => {
    if (e.getAttribute(name) !== value) e.setAttribute(name, value);
  };
  const show = (g: SVGGElement, on: boolean) => put(g, 'display', on ? 'inline' : 'none');
  let selectedFor: string | null | undefined;
  let highlightFor: readonly string[] | undefined;

  const fills = new Map<string, string>();
  /** Brings the picture in line with the state; `marks: false` leaves symbols and labels. */
  const syncState = (marks = true) => {
    const s = store.getState();
    ctx = layerContext(s, data, atlas);
    for (const [id, fill] of unitFills(s, ctx)) {
      if (fills.get(id) === fill) continue;
      unitPaths.get(id)?.setAttribute('fill', fill);
      fills.set(id, fill);
    }
    const coop = s.layers.includes('coop');
    show(partners, coop);
    show(frameworks, coop);
    show(arcs, coop);
    const regionsOn = s.layers.includes('regions');
    if (regionsOn && !regionsDrawn) drawRegions();
    show(regions, regionsOn);
    if (selectedFor !== s.district) {
      selectedFor = s.district;
      const sel = s.district ? atlas.shape(s.district) : undefined;
      selected.setAttribute('d', sel ? pathOf(sel.geometry, origin) : '');
      selected.setAttribute('data-selected', s.district ?? '');
    }
    if (highlightFor !== s.highlight) {
      highlightFor = s.highlight;
      highlight.replaceChildren(
        ...s.highlight.flatMap((id) => {
          const shape = atlas.shape(id);
          if (!shape) return [];
          const d = pathOf(shape.geometry, origin);
          return [
            el('path', { d, ...stroke(LINES.highlightHalo) }),
            el('path', { d, ...stroke(LINES.highlight), 'data-highlight': id }),
          ];
        }),
      );
    }
    // Symbols and labels are laid out again only when what they show changed; a filter that
    // only recolours recolours the zone diamonds in place.
    const key = marksKey(s);
    if (!marks) frame();
    else if (key !== laidOutFor) layoutMarks(s);
    else {
      for (const [id, p] of zoneFills) put(p, 'fill', css(zoneFill(s, id)));
      frame();
    }
  };
  /**
   * What the labels depend on besides the camera: the layers, the language, the selection, the
   * user's project badges, and the scale (larger while presenting). A filter is not among them
   * (label-placement.ts keeps labels clear of every base, shown or filtered out).
   */
  const labelsKey = (s: ViewState) =>
    [
      s.layers.join(),
      s.lang,
      s.district,
      projectsKey(s.projects),
      labelScale(s, { width, height }),
    ].join('|');
  /** What the symbols and labels depend on besides the camera: the labels', and the filters. */
  const marksKey = (s: ViewState) =>
    [labelsKey(s), s.programmes.join(), s.groups.length ? ctx.filterKey : ''].join('|');
  let laidOutFor = '';
  // A list's marks change when it is replaced or a row is fixed: its counts, not its identity.
  const projectsKey = memoLast((p: ViewState['projects']) => (p ? JSON.stringify(p.byPlace) : ''));
  const zoneFills = new Map<string, SVGPathElement>();
  const zoneFill = (s: ViewState, id: string) =>
    s.layers.includes('industry') && ctx.matching.has(id)
      ? industryColour(ctx.counts.get(id) ?? 0, ctx.max)
      : NEUTRAL_FILL;

  // —— Screen-space marks: zones, bases, labels, brands ——
  let marksCam: Camera = cam;
  // Marks are laid out for the camera the layers are drawn for (in a flight, the CSS move does
  // the rest).
  const screen = (p: [number, number]) => project(drawnCam, width, height, p);
  function layoutMarks(s: ViewState = store.getState()): void {
    marksCam = drawnCam;
    marks.removeAttribute('transform');
    marks.setAttribute('display', 'inline');
    const out: SVGElement[] = [];
    // Zones: a diamond at the zone's centre, coloured like the districts.
    laidOutFor = marksKey(s);
    zoneFills.clear();
    for (const z of zones) {
      const [x, y] = screen(atlas.anchor(z.id));
      const g = el('g', { 'data-code': z.id, 'data-kind': 'zone' });
      const fill = el('path', { d: zonePath(x, y, 7.2), fill: css(zoneFill(s, z.id)) });
      zoneFills.set(z.id, fill);
      g.append(el('path', { d: zonePath(x, y, 9.6), fill: '#141414' }), fill);
      out.push(g);
    }
    // Bases: one path per programme (10,000 bases are five elements, not 10,000).
    placedBases = [];
    if (s.layers.includes('bases')) {
      const byProgramme = new Map<ProgrammeId, string[]>();
      for (const b of placeBases(visibleBases(s, ctx), atlas.anchor)) {
        const [ax, ay] = screen(b.position);
        const x = ax + b.offset[0];
        const y = ay + b.offset[1];
        if (x < -30 || y < -30 || x > width + 30 || y > height + 30) continue;
        placedBases.push({ ...b, x, y });
        const list = byProgramme.get(b.base.programme) ?? [];
        list.push(symbolPath(PROGRAMME_SHAPES[b.base.programme], x, y, 22));
        byProgramme.set(b.base.programme, list);
      }
      for (const [prog, ds] of byProgramme)
        out.push(
          el('path', {
            d: ds.join(''),
            fill: PROGRAMME_COLOURS[prog],
            stroke: '#ffffff',
            'stroke-width': 1.8,
            'data-kind': 'bases',
          }),
        );
    }
    // The user's projects: one badge per place, a pie of plan-fit verdicts round the count.
    if (s.projects)
      for (const b of projectBadges(s.projects, atlas.anchor)) {
        const [ax, ay] = screen(b.position);
        const [x, y] = [ax + b.offset[0], ay + b.offset[1]];
        if (x < -30 || y < -30 || x > width + 30 || y > height + 30) continue;
        const g = el('g', {
          'data-kind': 'projects',
          'data-code': b.place,
          'pointer-events': 'none',
        });
        for (const slice of b.slices)
          g.append(
            el('path', {
              d: piePath(x, y, b.radius, slice.from, slice.to),
              fill: VERDICT_COLOURS[slice.verdict],
              stroke: '#ffffff',
              'stroke-width': 1,
            }),
          );
        g.append(el('circle', { cx: x, cy: y, r: b.radius * 0.58, fill: '#ffffff' }));
        const n = el('text', {
          x: x.toFixed(1),
          y: (y + 3.6).toFixed(1),
          'font-size': 10,
          'font-weight': 700,
          'text-anchor': 'middle',
          fill: '#1b1b1b',
          'font-family': LABEL_FONT,
        });
        n.textContent = String(b.total);
        g.append(n);
        out.push(g);
      }
    // Seats: a small ring each, under the labels.
    const seatDots = atlas.seats
      .map(({ position }) => {
        const [x, y] = screen(position);
        return x < -5 || y < -5 || x > width + 5 || y > height + 5
          ? ''
          : `M${(x - SEAT_PX).toFixed(1)} ${y.toFixed(1)}a${SEAT_PX} ${SEAT_PX} 0 1 0 ${2 * SEAT_PX} 0a${SEAT_PX} ${SEAT_PX} 0 1 0 ${-2 * SEAT_PX} 0`;
      })
      .join('');
    out.push(
      el('path', {
        d: seatDots,
        fill: '#ffffff',
        stroke: '#3b3b3b',
        'stroke-width': 1.2,
        'data-kind': 'seats',
        'pointer-events': 'none',
      }),
    );
    out.push(...labelNodes(s));
    marks.replaceChildren(...out);
    frame();
  }

  /**
   * The labels that fit, where they fit (leader lines for those set away), then brands under
   * them. Made again only when what they depend on changed (`labelsKey`, the camera they are laid
   * out for, the view's size): a filter leaves every label where it was, and at national scale
   * costs no placement.
   */
  let labelsMemo: { key: string; nodes: SVGElement[] } | null = null;
  function labelNodes(s: ViewState): SVGElement[] {
    const key = [drawnCam.lng, drawnCam.lat, drawnCam.zoom, width, height, labelsKey(s)].join('|');
    if (labelsMemo?.key !== key) labelsMemo = { key, nodes: makeLabelNodes(s) };
    return labelsMemo.nodes;
  }
  function makeLabelNodes(s: ViewState): SVGElement[] {
    const out: SVGElement[] = [];
    const placed = placeMapLabels(s, ctx, screen, { width, height });
    const leaders = [...placed.values()]
      .filter((l) => l.leader)
      .map((l) => {
        const [ax, ay] = l.leader!;
        // To the box's nearest edge point, from a dot on the anchor.
        const ex = Math.max(l.x - l.width / 2, Math.min(ax, l.x + l.width / 2));
        const ey = Math.max(l.y - l.height / 2, Math.min(ay, l.y + l.height / 2));
        return `M${ax.toFixed(1)} ${ay.toFixed(1)}L${ex.toFixed(1)} ${ey.toFixed(1)}`;
      })
      .join('');
    if (leaders)
      out.push(
        el('path', {
          d: leaders,
          stroke: '#3b3b3b',
          'stroke-width': 1,
          fill: 'none',
          'data-kind': 'leaders',
          'pointer-events': 'none',
        }),
      );
    const labels = el('g', {
      'font-family': LABEL_FONT,
      'font-weight': 600,
      'text-anchor': 'middle',
      stroke: '#ffffff',
      'stroke-width': 3,
      'stroke-opacity': 0.9,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      'pointer-events': 'none',
    });
    for (const l of placed.values()) {
      const p = l.kind === 'place' ? atlas.places.get(l.id) : undefined;
      const fill =
        l.kind === 'river'
          ? RIVER_LABEL
          : l.kind === 'core'
            ? LINES.core.colour
            : p?.province === 'sichuan'
              ? 'rgb(40,60,90)'
              : 'rgb(30,30,30)';
      // Baseline: the box's centre plus a third of the font's size (CJK and Latin alike).
      const y = l.y + l.size * 0.35;
      const text = el('text', {
        x: l.x.toFixed(1),
        y: y.toFixed(1),
        'font-size': l.size.toFixed(1),
        fill,
        'data-label': l.kind,
        ...(l.kind === 'place' ? { 'data-code': l.id } : {}),
        ...(l.kind === 'place' ? {} : { 'font-style': 'italic', 'font-weight': 400 }),
        ...(l.angle
          ? { transform: `rotate(${l.angle.toFixed(1)} ${l.x.toFixed(1)} ${l.y.toFixed(1)})` }
          : {}),
        ...(l.leader ? { 'data-leader': 'true' } : {}),
      });
      text.textContent = l.text;
      labels.append(text);
    }
    if (s.layers.includes('brands'))
      for (const l of brandLabels(data)) {
        const [x, y] = screen(atlas.anchor(l.place));
        const text = el('text', { 'font-size': 12, fill: 'rgb(110,55,0)' });
        brandText(l, s.lang)
          .split('\n')
          .forEach((line, i) => {
            const span = el('tspan', { x: x.toFixed(1), y: (y + 14 + 12 + i * 14).toFixed(1) });
            span.textContent = line;
            text.append(span);
          });
        labels.append(text);
      }
    out.push(labels);
    return out;
  }

  // —— Camera ——

  /**
   * A flight: the three layers — each its own compositing layer — move by a CSS transform from
   * `drawnCam`, so a frame is compositing only, at any number of shapes (each SVG-transformed
   * frame re-rastered every layer: ≈ 60 ms at national scale). When it lands, `applyCamera`
   * draws the true picture. Edges a zoom-out uncovers stay background until then.
   */
  const applyFlight = () => {
    const k = 2 ** cam.zoom;
    const [cx, cy] = toWorld([cam.lng, cam.lat]);
    const [dx, dy] = toWorld([drawnCam.lng, drawnCam.lat]);
    const sc = 2 ** (cam.zoom - drawnCam.zoom);
    const tx = width / 2 + (dx - cx) * k - (sc * width) / 2;
    const ty = height / 2 + (dy - cy) * k - (sc * height) / 2;
    for (const l of [under, mid, over])
      l.svg.style.transform = `matrix(${sc}, 0, 0, ${sc}, ${tx}, ${ty})`;
    frame();
  };
  const applyCamera = () => {
    drawnCam = cam;
    if (inFlight) {
      inFlight = false;
      for (const l of [under, mid, over]) l.svg.style.transform = '';
    }
    const k = 2 ** cam.zoom;
    const [cx, cy] = toWorld([cam.lng, cam.lat]);
    const a = k / U;
    const m = `matrix(${a} 0 0 ${a} ${(origin[0] - cx) * k + width / 2} ${(origin[1] - cy) * k + height / 2})`;
    for (const g of geos) g.setAttribute('transform', m);
    // While the camera moves, the screen-space marks (laid out for `marksCam`) follow the ground by
    // one transform — a scale too when the zoom changes, so symbols and labels grow or shrink a
    // little in flight — and are laid out again, at their true size, when it settles. Laying them
    // out every frame cost each frame of a flight ≈ 10–20 ms under software raster.
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
    frame();
  };
  let frameQueued = false;
  const frame = () => {
    if (frameQueued || !opts.onFrame) return;
    frameQueued = true;
    requestAnimationFrame(() => {
      frameQueued = false;
      opts.onFrame?.();
    });
  };

  let anim = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    host.dataset['moving'] = 'true';
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      delete host.dataset['moving'];
      // Laid out again for where the camera came to rest (symbols off screen were left out).
      if (cam.zoom !== marksCam.zoom || cam.lng !== marksCam.lng || cam.lat !== marksCam.lat)
        layoutMarks();
      if (!opts.detached) store.getState().setCamera({ ...cam });
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
    // While a flight is under way the page says so (#map[data-moving]); `settle` clears it.
    host.dataset['moving'] = 'true';
    // A flight that interrupts a flight goes on moving by CSS from where the layers are drawn.
    if (!inFlight && cam !== drawnCam) applyCamera();
    inFlight = true;
    const step = (now: number) => {
      const u = Math.min(1, (now - t0) / duration);
      // ease in-out
      const e = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2;
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

  // —— Picking, hover, click ——
  /**
   * What is drawn at a client point. Not the event's target: a press captures the pointer, so
   * the click that follows is aimed at the map itself.
   */
  const shapeAt = (clientX: number, clientY: number): Element | null => {
    for (const e of document.elementsFromPoint(clientX, clientY)) {
      if (!root.contains(e)) break;
      const node = e.closest('[data-kind]');
      const kind = node?.getAttribute('data-kind');
      if (kind === 'zone' || kind === 'district' || kind === 'partner' || kind === 'arc')
        return node;
    }
    return null;
  };
  const pick = (clientX: number, clientY: number, x: number, y: number): MapHit | null => {
    // Symbols sit on top: the nearest base within its radius wins.
    let best: PlacedBase | null = null;
    let bestD = 11 * 11;
    for (const b of placedBases) {
      const d = (b.x - x) ** 2 + (b.y - y) ** 2;
      if (d < bestD) [best, bestD] = [b, d];
    }
    if (best) return { kind: 'base', base: best };
    const node = shapeAt(clientX, clientY);
    const kind = node?.getAttribute('data-kind');
    const code = node?.getAttribute('data-code') ?? '';
    if ((kind === 'zone' || kind === 'district' || kind === 'partner') && code)
      return { kind: 'place', id: code };
    const arc = node && kind === 'arc' ? arcObjects.get(node) : undefined;
    return arc ? { kind: 'arc', arc } : null;
  };
  const local = (e: MouseEvent) => {
    const r = root.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };

  const pointers = new Map<number, { x: number; y: number }>();
  let travelled = 0;
  let pinch: { d: number; cam: Camera; cx: number; cy: number } | null = null;
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    root.setPointerCapture?.(e.pointerId);
    const [x, y] = local(e);
    pointers.set(e.pointerId, { x, y });
    if (pointers.size === 1) travelled = 0;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      pinch = {
        d: Math.hypot(a.x - b.x, a.y - b.y),
        cam,
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
      hover(e.clientX, e.clientY, x, y);
      return;
    }
    cancelAnimationFrame(anim);
    pointers.set(e.pointerId, { x, y });
    if (pinch && pointers.size === 2) {
      const [a, b] = [...pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      travelled += CLICK_SLOP;
      setCam(
        zoomAbout(
          pinch.cam,
          width,
          height,
          Math.log2(d / Math.max(1, pinch.d)),
          pinch.cx,
          pinch.cy,
        ),
      );
      return;
    }
    travelled += Math.abs(x - last.x) + Math.abs(y - last.y);
    if (travelled > CLICK_SLOP) {
      tooltip.hidden = true;
      setCam(panBy(cam, x - last.x, y - last.y));
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
    const [x, y] = local(e);
    store.getState().selectDistrict(placeOf(pick(e.clientX, e.clientY, x, y)));
  };
  const hover = (clientX: number, clientY: number, x: number, y: number) => {
    const hit = pick(clientX, clientY, x, y);
    renderTooltip(tooltip, hit ? tooltipFor(hit, store.getState(), ctx) : null, x, y);
    root.style.cursor = placeOf(hit) ? 'pointer' : '';
  };
  const onLeave = () => (tooltip.hidden = true);
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    cancelAnimationFrame(anim);
    const [x, y] = local(e);
    const px = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    setCam(zoomAbout(cam, width, height, Math.max(-1, Math.min(1, -px / 300)), x, y));
  };
  const onDblClick = (e: MouseEvent) => {
    const [x, y] = local(e);
    jumpTo(zoomAbout(cam, width, height, e.shiftKey ? -1 : 1, x, y), 300);
  };
  const onKey = (e: KeyboardEvent) => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [100, 0],
      ArrowRight: [-100, 0],
      ArrowUp: [0, 100],
      ArrowDown: [0, -100],
    };
    const p = pan[e.key];
    if (p) jumpTo(panBy(cam, p[0], p[1]), 200);
    else if (e.key === '+' || e.key === '=') jumpTo(zoomAbout(cam, width, height, 1), 250);
    else if (e.key === '-' || e.key === '_') jumpTo(zoomAbout(cam, width, height, -1), 250);
    // 0: the whole city, as the 全市 button.
    else if (e.key === '0') jumpTo(fitCamera(atlas.home, width, height, homeFraming(host)), 400);
    else return;
    e.preventDefault();
  };
  root.addEventListener('pointermove', onMove);
  root.addEventListener('pointerleave', onLeave);
  root.addEventListener('click', onClick);
  if (opts.fixed) root.removeAttribute('tabindex');
  else {
    root.addEventListener('pointerdown', onDown);
    root.addEventListener('pointerup', onUp);
    root.addEventListener('pointercancel', onUp);
    root.addEventListener('dblclick', onDblClick);
    root.addEventListener('wheel', onWheel, { passive: false });
    root.addEventListener('keydown', onKey);
  }
  const label = () => root.setAttribute('aria-label', t(store.getState().lang, 'svgMapLabel'));
  label();

  const measure = () => {
    const w = host.clientWidth;
    const h = host.clientHeight;
    if (!w || !h || (w === width && h === height)) return;
    width = w;
    height = h;
    for (const l of [under, mid, over]) {
      l.svg.setAttribute('width', String(w));
      l.svg.setAttribute('height', String(h));
    }
    applyCamera();
    layoutMarks();
  };
  const resize = new ResizeObserver(measure);
  resize.observe(host);

  const unsubscribe = [
    store.subscribe(
      (s) =>
        [s.industries, s.programmes, s.groups, s.layers, s.district, s.highlight, s.lang] as const,
      () => {
        syncState();
        label();
      },
      { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
    ),
  ];

  applyCamera();
  syncState(false);
  // Then, a task each: the labels' ranks (their shapes decode on first use), the labels' places,
  // the symbols and labels drawn, the context (provinces, Sichuan, outlines, arcs) in steps. The
  // districts paint (and answer clicks) first, and no task is long on a phone.
  const startSteps = [
    () => warmLabelRanks(store.getState(), ctx),
    () => labelNodes(store.getState()),
    () => layoutMarks(),
    drawContextStep,
  ];
  const startStep = () => {
    startSteps.shift()?.();
    if (startSteps.length) contextTimer = setTimeout(startStep, 0);
  };
  let contextTimer = setTimeout(startStep, 0);

  return {
    kind: 'svg',
    element: root,
    camera: () => ({ ...cam }),
    jumpTo,
    fitBounds: (b: Bounds, o: FitOptions = {}) => {
      measure();
      jumpTo(fitCamera(b, width, height, o), o.duration ?? 0);
    },
    resize: measure,
    zoomBy: (delta) => jumpTo(zoomAbout(cam, width, height, delta), 250),
    snapshot: async (scale) => {
      if (!contextDrawn) {
        clearTimeout(contextTimer);
        drawContextNow();
      }
      layoutMarks();
      // The three layers as one picture, in their order.
      const copy = el('svg', {
        xmlns: NS,
        width: Math.round(width * scale),
        height: Math.round(height * scale),
        viewBox: `0 0 ${width} ${height}`,
      });
      for (const l of [under, mid, over])
        for (const c of l.svg.childNodes) copy.append(c.cloneNode(true));
      const url = URL.createObjectURL(
        new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
      );
      try {
        const img = new Image();
        img.src = url;
        await img.decode();
        const out = document.createElement('canvas');
        out.width = Math.round(width * scale);
        out.height = Math.round(height * scale);
        out.getContext('2d')?.drawImage(img, 0, 0, out.width, out.height);
        return out;
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    destroy: () => {
      cancelAnimationFrame(anim);
      clearTimeout(contextTimer);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      resize.disconnect();
      unsubscribe.forEach((u) => u());
      root.remove();
      tooltip.hidden = true;
    },
  };
}
