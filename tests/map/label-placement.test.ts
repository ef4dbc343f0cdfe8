/**
 * Every label on its own place, checked against the real geometry with turf on longitude and
 * latitude (the placement works in screen pixels with its own point-in-polygon: a bug in one is
 * caught by the other). Framings as the app makes them: the first view at four screen sizes, the
 * A4/A3 handouts, every chapter of every briefing, and close-ups of each unit.
 */
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  LEADER_MAX,
  labelViolations,
  placeLabels,
  placeMapLabels,
  symbolBoxes,
  ZONE_MARK_PX,
  type Box,
  type PlacedLabel,
} from '../../src/map/label-placement.ts';
import { buildAtlas, extent } from '../../src/geo/atlas.ts';
import { fitCamera, fromWorld, project, toWorld, type Padding } from '../../src/map/camera.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { INITIAL_VIEW, type Camera, type ViewState } from '../../src/state/store.ts';
import { handoutCases } from '../export/handouts.ts';
import { chapterView } from '../../src/tour/chapter.ts';
import type { TourFile } from '../../src/tour/types.ts';
import { loadData, loadTopology } from '../helpers.ts';
import tourFile from '../../data/tour.json';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);
const tours = (tourFile as unknown as TourFile).tours;

/** The longest leader this test accepts, in CSS px (the issue's own example: ≤ 40 px). */
const LIMIT = 40;

interface Framing {
  name: string;
  width: number;
  height: number;
  cam: Camera;
  state: ViewState;
  /** What lies over the map (a handout's title, legend, inset, QR code and footer). */
  covers?: Box[];
  /** A handout: its names keep clear of the bases it draws only (symbolBoxes). */
  still?: boolean;
}

/** The map pane and its framing padding at each screen size (measured in the app: styles.css). */
const SCREENS: { name: string; width: number; height: number; padding: Padding }[] = [
  { name: '1920×1080', width: 1240, height: 1020, padding: pad(24, 24, 24, 324) },
  { name: '1440×900', width: 760, height: 840, padding: pad(24, 24, 266, 24) },
  { name: '768×1024', width: 768, height: 594, padding: pad(24, 24, 24, 24) },
  { name: '360×640', width: 360, height: 371, padding: pad(24, 24, 24, 24) },
];
/** The briefing's map (the whole width below the header) and the caption card's right edge. */
const TOUR_SCREENS = [
  { name: '1920×1080', width: 1920, height: 1020, cardRight: 676 },
  { name: '1440×900', width: 1440, height: 840, cardRight: 507 },
  { name: '768×1024', width: 768, height: 594, cardRight: 760 },
  { name: '360×640', width: 360, height: 371, cardRight: 352 },
];

function pad(top: number, right: number, bottom: number, left: number): Padding {
  return { top, right, bottom, left };
}

function homeFramings(): Framing[] {
  const out: Framing[] = [];
  for (const s of SCREENS)
    for (const lang of ['zh', 'en'] as const)
      for (const coop of [false, true]) {
        const layers = coop ? [...INITIAL_VIEW.layers, 'coop' as const] : INITIAL_VIEW.layers;
        out.push({
          name: `home ${s.name} ${lang}${coop ? ' coop' : ''}`,
          width: s.width,
          height: s.height,
          cam: fitCamera(atlas.home, s.width, s.height, { padding: s.padding, maxZoom: 9 }),
          state: { ...INITIAL_VIEW, lang, layers },
        });
      }
  return out;
}

/**
 * As renderPaper frames its map (the same function, `frameHandout`: tests/export/handouts.ts), with
 * the parts and the footer covering the map, as the export marks them.
 */
function handoutFramings(): Framing[] {
  return handoutCases(data, atlas).map((c) => ({
    name: c.name,
    width: c.page.width,
    height: c.page.height,
    cam: c.layout.camera,
    state: c.state,
    covers: c.covers.map((r) => ({
      x: r.x + r.width / 2,
      y: r.y + r.height / 2,
      width: r.width + 4,
      height: r.height + 4,
    })),
    still: true,
  }));
}

/** As the presenter frames each chapter (src/tour/presenter.ts), labels at the tour's scale. */
function tourFramings(): Framing[] {
  const out: Framing[] = [];
  for (const tour of tours)
    tour.chapters.forEach((c, i) => {
      for (const s of TOUR_SCREENS)
        for (const lang of ['zh', 'en'] as const) {
          const shapes =
            c.view.fit === 'chongqing'
              ? []
              : c.view.fit.map((id) => atlas.shape(id)).filter((x) => x !== undefined);
          const bounds = shapes.length ? extent(shapes) : atlas.home;
          const p = Math.min(s.width, s.height) * 0.06;
          const left = s.cardRight + p < s.width * 0.6 ? s.cardRight + p : p;
          out.push({
            name: `${tour.id} ${c.id} ${s.name} ${lang}`,
            width: s.width,
            height: s.height,
            cam: fitCamera(bounds, s.width, s.height, {
              padding: pad(p, p, p, left),
              maxZoom: 9.5,
            }),
            state: {
              ...INITIAL_VIEW,
              ...chapterView(c.view, data),
              lang,
              tour: { id: tour.id, step: i },
            } as ViewState,
          });
        }
    });
  return out;
}

// —— The independent check: turf on longitude/latitude ——

type Shape = Feature<Polygon | MultiPolygon>;
const withBox = new Map<string, Shape & { bbox: [number, number, number, number] }>();
function feature(id: string) {
  let f = withBox.get(id);
  if (!f) {
    const s = atlas.shape(id)!;
    const [[w, south], [e, n]] = extent([s]);
    f = { ...s, bbox: [w, south, e, n] };
    withBox.set(id, f);
  }
  return f;
}
const units = atlas.units.map((u) => u.properties.id);

function unproject(f: Framing, x: number, y: number): [number, number] {
  const k = 2 ** f.cam.zoom;
  const [cx, cy] = toWorld([f.cam.lng, f.cam.lat]);
  return fromWorld([cx + (x - f.width / 2) / k, cy + (y - f.height / 2) / k]);
}
const on = (id: string, p: [number, number]) => booleanPointInPolygon(p, feature(id));
const onChongqing = (p: [number, number]) => units.some((u) => on(u, p));

/** Points round a box's edge every 4 px and along its middle. */
function samples(b: Box): [number, number][] {
  const out: [number, number][] = [];
  const [x0, x1] = [b.x - b.width / 2 + 0.5, b.x + b.width / 2 - 0.5];
  const [y0, y1] = [b.y - b.height / 2 + 0.5, b.y + b.height / 2 - 0.5];
  const nx = Math.max(1, Math.ceil((x1 - x0) / 4));
  const ny = Math.max(1, Math.ceil((y1 - y0) / 4));
  for (let i = 0; i <= nx; i++) {
    const x = x0 + ((x1 - x0) * i) / nx;
    out.push([x, y0], [x, y1], [x, b.y]);
  }
  for (let j = 1; j < ny; j++) {
    const y = y0 + ((y1 - y0) * j) / ny;
    out.push([x0, y], [x1, y]);
  }
  return out;
}

/** The view's subject (the selected place, a chapter's highlighted ones): outlined, may lie over
 * an unnamed neighbour. */
const lead = (f: Framing, id: string) => f.state.district === id || f.state.highlight.includes(id);

/** Points over a box's whole area every 3 px. */
function grid(b: Box): [number, number][] {
  const out: [number, number][] = [];
  for (let x = b.x - b.width / 2 + 1.5; x < b.x + b.width / 2; x += 3)
    for (let y = b.y - b.height / 2 + 1.5; y < b.y + b.height / 2; y += 3) out.push([x, y]);
  return out;
}

/** From the leader's end to the box's nearest point: the line the map draws. */
const leaderLength = (l: PlacedLabel) => {
  const [ax, ay] = l.leader!;
  const ex = Math.max(l.x - l.width / 2, Math.min(ax, l.x + l.width / 2));
  const ey = Math.max(l.y - l.height / 2, Math.min(ay, l.y + l.height / 2));
  return Math.hypot(ax - ex, ay - ey);
};

const overlap = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

/** Every way a framing's labels are off their place, in words (empty: all honest). */
function problems(f: Framing, placed: PlacedLabel[], symbols: Box[]): string[] {
  const out: string[] = [];
  const geo = (x: number, y: number) => unproject(f, x, y);
  for (const [i, l] of placed.entries()) {
    const tag = `${l.text} (${l.id})`;
    if (
      l.x - l.width / 2 < 0 ||
      l.y - l.height / 2 < 0 ||
      l.x + l.width / 2 > f.width ||
      l.y + l.height / 2 > f.height
    )
      out.push(`${tag}: off the view`);
    for (const o of placed.slice(i + 1)) if (overlap(l, o)) out.push(`${tag} over ${o.text}`);
    for (const s of symbols) if (overlap(l, s)) out.push(`${tag} over a symbol`);
    if (l.kind !== 'place') continue;
    const p = atlas.places.get(l.id)!;
    const pts = samples(l).map(([x, y]) => geo(x, y));
    if (l.leader && leaderLength(l) > LIMIT)
      out.push(`${tag}: leader ${leaderLength(l).toFixed(0)} px`);
    if (!atlas.shape(l.id)) {
      // A zone: its name beside its diamond or on a short leader to it, on Chongqing.
      const [ax, ay] = project(f.cam, f.width, f.height, atlas.anchor(l.id));
      const end = l.leader ?? [ax, ay];
      if (Math.hypot(end[0] - ax, end[1] - ay) > 1) out.push(`${tag}: leader not to its diamond`);
      if (!l.leader && leaderLength({ ...l, leader: [ax, ay] }) > ZONE_MARK_PX)
        out.push(`${tag}: away from its diamond with no leader`);
      if (!pts.every(onChongqing)) out.push(`${tag}: off Chongqing`);
    } else if (!l.leader) {
      if (!pts.every((q) => on(l.id, q))) out.push(`${tag}: not inside its own unit`);
    } else {
      if (!on(l.id, geo(...l.leader))) out.push(`${tag}: leader ends off its unit`);
      if (p.province === 'chongqing' && !pts.every(onChongqing)) out.push(`${tag}: off Chongqing`);
      // Set away over a neighbour, that neighbour carries its own name: else the reader takes
      // this name for the neighbour's (綦江's over 南川 on the liquor handout).
      const names = new Set(placed.map((x) => x.id));
      // (Placement samples a 7×3 grid and wants the middle and no more than half on such a
      // neighbour: a dense grid here, with a margin for the coarser one.)
      const inner = grid(l).map(([x, y]) => geo(x, y));
      const share = new Map<string, number>();
      for (const q of inner) {
        const u = units.find((id) => on(id, q));
        if (u && u !== l.id) share.set(u, (share.get(u) ?? 0) + 1 / inner.length);
      }
      const middle = units.find((id) => on(id, geo(l.x, l.y)));
      if (middle && middle !== l.id && !names.has(middle)) share.set(middle, 1);
      for (const [u, frac] of share) {
        if (frac > 0.6 && !names.has(u) && !lead(f, l.id))
          out.push(`${tag}: on a leader over unnamed ${atlas.places.get(u)?.short}`);
        // Nor over a subject of the view, named or not: its outlined area carries its own name
        // only (江北's name on 南川's highlighted area, a briefing chapter at 1920×1080).
        else if (frac > 0.6 && lead(f, u) && !lead(f, l.id))
          out.push(`${tag}: on a leader over the view’s subject ${atlas.places.get(u)?.short}`);
      }
      if (p.province !== 'chongqing' && pts.some(onChongqing)) out.push(`${tag}: on Chongqing`);
    }
  }
  return out;
}

function roomyUnits(f: Framing): string[] {
  const scale = f.state.tour ? Math.max(1, Math.min(2.6, f.width / 1100, f.height / 700)) : 1;
  return data.places
    .filter((p) => p.province === 'chongqing' && atlas.shape(p.id))
    .filter((p) => {
      const [[w, s], [e, n]] = extent([atlas.shape(p.id)!]);
      const [x0, y0] = project(f.cam, f.width, f.height, [w, n]);
      const [x1, y1] = project(f.cam, f.width, f.height, [e, s]);
      const text =
        f.state.lang === 'zh'
          ? p.short
          : p.en.replace(/ (District|County|Autonomous County|City)$/, '');
      const size = 13 * scale;
      const tw = [...text].reduce(
        (a, ch) => a + (/[\u3000-\u9fff]/.test(ch) ? size : size * 0.6),
        0,
      );
      return (
        x0 >= 0 &&
        y0 >= 0 &&
        x1 <= f.width &&
        y1 <= f.height &&
        x1 - x0 >= 2 * tw &&
        y1 - y0 >= 3 * size
      );
    })
    .map((p) => p.id);
}

function place(f: Framing) {
  const ctx = layerContext(f.state, data, atlas);
  const screen = (p: [number, number]) => project(f.cam, f.width, f.height, p);
  const view = { width: f.width, height: f.height };
  const placed = placeMapLabels(f.state, ctx, screen, view, f.covers, undefined, f.still);
  return { placed, symbols: symbolBoxes(f.state, ctx, screen, f.still), screen, view };
}

describe('every label on its own place', () => {
  it('allows leaders of at most the limit the issue states', () => {
    expect(LEADER_MAX).toBeLessThanOrEqual(LIMIT);
  });

  const framings = [...homeFramings(), ...handoutFramings(), ...tourFramings()];
  it.each(framings.map((f) => [f.name, f] as const))('%s', (_, f) => {
    const { placed, symbols, screen, view } = place(f);
    const list = [...placed.values()];
    expect(problems(f, list, symbols)).toEqual([]);
    // The placement's own checker agrees.
    expect(labelViolations(list, atlas, screen, view, f.covers)).toEqual([]);
    // And the map is not left bare: the units wholly on screen and roomy for their name (twice
    // its width, three times its height) are nearly all named.
    const roomy = roomyUnits(f);
    const named = roomy.filter((id) => placed.has(id));
    expect(named.length, `named ${named.length} of ${roomy.length}`).toBeGreaterThanOrEqual(
      // Most of them: a roomy unit whose inside is covered by base markers needs a leader, and
      // no name goes over an unnamed neighbour, so on a small, crowded map (the whole city on
      // A4, 3 roomy units) some go unnamed; a phone's briefing also has the caption over half
      // the map. (Before that rule: 80 %, 60 % on phones.)
      Math.floor(roomy.length * (f.width < 400 ? 0.4 : 0.6)),
    );
  });

  it('names the first view’s large districts and both briefings’ highlighted places', () => {
    for (const f of homeFramings().filter((x) => x.width >= 760)) {
      const { placed } = place(f);
      // The largest units of each group are never left out at the first view. (江津 in English
      // at 1920×1080 was, until the names the rule had dropped got a last look: "Jiangjin" is
      // wider than the district there and the base markers fill its inside, so it needs a
      // leader over a neighbour named before it.)
      for (const id of ['500116', '500229', '500242', '500243', '500238'])
        expect(placed.has(id), `${f.name} ${id}`).toBe(true);
    }
    // (On a phone the small highlighted districts may have no honest place at city scale.)
    for (const f of tourFramings().filter((x) => x.width >= 768)) {
      const { placed } = place(f);
      for (const id of f.state.highlight)
        expect(placed.has(id), `${f.name}: ${id} highlighted, unnamed`).toBe(true);
      if (f.state.district)
        expect(placed.has(f.state.district), `${f.name}: ${f.state.district}`).toBe(true);
    }
  });

  it('names some of Chongqing on a phone’s first view, in either language', () => {
    // The whole city in 360×371 px: most names need a leader over a neighbour, which must be
    // named too. The passes of that rule once ended, in Chinese, with every district's name
    // dropped — the map named only 中心城区 and Sichuan's cities.
    for (const f of homeFramings().filter((x) => x.width < 400)) {
      const { placed } = place(f);
      const districts = [...placed.keys()].filter(
        (id) => data.places.find((p) => p.id === id)?.province === 'chongqing' && atlas.shape(id),
      );
      expect(districts.length, f.name).toBeGreaterThanOrEqual(1);
    }
  });

  it('names a close-up’s neighbours (黔江 in the briefing)', () => {
    for (const f of tourFramings().filter((x) => /qianjiang/.test(x.name))) {
      const { placed } = place(f);
      const others = [...placed.values()].filter((l) => l.kind === 'place' && l.id !== '500114');
      expect(others.length, f.name).toBeGreaterThanOrEqual(3);
    }
  });

  it('labels every Chongqing unit and zone two zoom steps in around it, on its place', () => {
    const s = SCREENS[1]!;
    const home = fitCamera(atlas.home, s.width, s.height, { padding: s.padding, maxZoom: 9 });
    for (const lang of ['zh', 'en'] as const)
      for (const p of data.places.filter((x) => x.province === 'chongqing')) {
        const [lng, lat] = atlas.anchor(p.id);
        const f: Framing = {
          name: `${p.short} close`,
          width: s.width,
          height: s.height,
          cam: { lng, lat, zoom: home.zoom + 2 },
          state: { ...INITIAL_VIEW, lang },
        };
        const { placed, symbols } = place(f);
        expect(placed.has(p.id), `${p.short} ${lang}`).toBe(true);
        expect(problems(f, [...placed.values()], symbols)).toEqual([]);
      }
  });
});

/** The caption card's box over a briefing's map (styles.css .tour-card: 1vw from the edges). */
function cardBox(f: Framing, cardRight: number): Box {
  const inset = f.width * 0.01;
  return {
    x: (inset + cardRight) / 2,
    y: f.height / 2,
    width: cardRight - inset,
    height: f.height - 2 * inset,
  };
}

const apart = (a: Box, b: Box) =>
  Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;

describe('no name under what covers the map', () => {
  it('moves a label off a cover, and leaves out one with nowhere else to go', () => {
    // Over the right half of the label's box at its anchor.
    const cover: Box = { x: 80, y: 50, width: 40, height: 40 };
    const view = { width: 400, height: 300 };
    const a = { id: 'a', x: 50, y: 50, width: 30, height: 14, priority: 2, kind: 'place' as const };
    const placed = placeLabels([a], [], view, 2, undefined, [cover]);
    const l = placed.get('a')!;
    expect(l).toBeDefined();
    expect(apart(l, cover)).toBe(true);
    expect(l.leader).toBe(null);
    // With its anchor under a cover, a leader would end under it: the label is left out.
    const big: Box = { x: 50, y: 50, width: 100, height: 100 };
    expect(placeLabels([a], [], view, 2, undefined, [big]).size).toBe(0);
    // Without the cover it sits on its anchor.
    expect(placeLabels([a], [], view).get('a')).toMatchObject({ x: 50, y: 50 });
  });

  it('keeps every name of a briefing clear of the caption card', () => {
    // Wider than 900 px the card is a column down the map's left (below, a sheet at its foot).
    const screens = TOUR_SCREENS.filter((s) => s.width > 900);
    let under = 0;
    for (const f of tourFramings()) {
      const s = screens.find((x) => f.name.includes(` ${x.name} `));
      if (!s) continue;
      const card = cardBox(f, s.cardRight);
      const ctx = layerContext(f.state, data, atlas);
      const screen = (p: [number, number]) => project(f.cam, f.width, f.height, p);
      const view = { width: f.width, height: f.height };
      // Without the card as a cover, names go under it (the premise this test guards).
      const bare = [...placeMapLabels(f.state, ctx, screen, view).values()];
      under += bare.filter((l) => !apart(l, card)).length;
      const list = [...placeMapLabels(f.state, ctx, screen, view, [card]).values()];
      expect(labelViolations(list, atlas, screen, view, [card]), f.name).toEqual([]);
      for (const l of list) expect(apart(l, card), `${f.name}: ${l.text}`).toBe(true);
      // The chapter's own places are still named, beside the card.
      for (const id of f.state.highlight)
        if (/qianjiang/.test(f.name))
          expect(
            list.some((l) => l.id === id),
            f.name,
          ).toBe(true);
    }
    expect(under).toBeGreaterThan(0);
  });

  it('still names a close-up’s neighbours beside the card (黔江 in the briefing)', () => {
    for (const f of tourFramings().filter(
      (x) => /qianjiang/.test(x.name) && /1440|1920/.test(x.name),
    )) {
      const s = TOUR_SCREENS.find((x) => f.name.includes(` ${x.name} `))!;
      const ctx = layerContext(f.state, data, atlas);
      const screen = (p: [number, number]) => project(f.cam, f.width, f.height, p);
      const list = [
        ...placeMapLabels(f.state, ctx, screen, { width: f.width, height: f.height }, [
          cardBox(f, s.cardRight),
        ]).values(),
      ];
      const others = list.filter((l) => l.kind === 'place' && l.id !== '500114');
      expect(others.length, f.name).toBeGreaterThanOrEqual(3);
    }
  });
});
