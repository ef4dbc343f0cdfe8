/** deck.gl alone, one SolidPolygonLayer of the 38 districts; window.__probe() recolours it 20 times. */
import { Deck, MapView } from '@deck.gl/core';
import { SolidPolygonLayer } from '@deck.gl/layers';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../../geo/boundaries.topo.json';

const t = topo as unknown as Topology;
const polys = (
  feature(t, t.objects['chongqing'] as GeometryCollection) as {
    features: Feature<Polygon | MultiPolygon>[];
  }
).features;
const rings = (f: Feature<Polygon | MultiPolygon>): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : (f.geometry.coordinates[0] ?? []);

let k = 0;
const layers = () => [
  new SolidPolygonLayer<Feature<Polygon | MultiPolygon>>({
    id: 'fill',
    data: polys,
    getPolygon: rings,
    getFillColor: (_, { index }) => [(index * 7 + k) % 255, 100, 150, 255],
    updateTriggers: { getFillColor: k },
  }),
];

const params = new URLSearchParams(location.search);
const frames: number[] = [];
const w = window as unknown as { __frames: number[]; __probe: () => Promise<number[]> };
w.__frames = frames;
const deck = new Deck({
  parent: document.getElementById('c') as HTMLDivElement,
  views: new MapView(),
  initialViewState: { longitude: 107.8, latitude: 30, zoom: 6.3 },
  controller: true,
  layers: layers(),
  deviceProps: { webgl: { antialias: params.get('aa') === '1' } },
  onAfterRender: () => frames.push(performance.now()),
});

w.__probe = async () => {
  const out: number[] = [];
  for (let i = 0; i < 20; i++) {
    if (params.get('settle')) await new Promise((r) => setTimeout(r, 150));
    const n = frames.length;
    const t0 = performance.now();
    k++;
    deck.setProps({ layers: layers() });
    await new Promise<void>((r) => {
      const poll = () => (frames.length > n ? r() : requestAnimationFrame(poll));
      poll();
    });
    out.push(Math.round((frames[frames.length - 1] ?? t0) - t0));
  }
  return out;
};
