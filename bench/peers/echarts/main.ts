/**
 * The same job done the way users would otherwise do it: a minimal ECharts 5 choropleth of the
 * same 38 districts and the same industry counts (echarts/core with only what a map needs).
 * Benchmark hooks: window.__frames (each 'finished' render), window.__setIndustries(ids),
 * window.__clicked (when a click on a district was handled), window.__pixel(lng, lat).
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../../geo/boundaries.topo.json';
import layout from '../../../data/layout.json';

echarts.use([MapChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

interface Row {
  id: string;
  places: string[];
}
const rows = layout as unknown as Row[];
const t = topo as unknown as Topology;
const geo = feature(t, t.objects['chongqing'] as GeometryCollection);
echarts.registerMap('chongqing', geo as never);

const frames: number[] = [];
(window as unknown as { __frames: number[] }).__frames = frames;

const chart = echarts.init(document.getElementById('chart')!, undefined, { renderer: 'canvas' });
// A frame is counted as the app's are: the next animation frame after the render has finished
// (ECharts can finish synchronously inside setOption, before anything is on screen).
chart.on('finished', () => {
  requestAnimationFrame(() => frames.push(performance.now()));
});
// A click on a district is "answered" when its handler runs (a real app would open a panel here).
chart.on('click', () => {
  (window as unknown as { __clicked?: number }).__clicked ??= performance.now();
});
(window as unknown as { __pixel: (lng: number, lat: number) => number[] }).__pixel = (lng, lat) =>
  chart.convertToPixel({ seriesIndex: 0 }, [lng, lat]) as number[];

function series(ids: readonly string[]) {
  const picked = ids.length ? rows.filter((r) => ids.includes(r.id)) : rows;
  const counts = new Map<string, number>();
  for (const r of picked) for (const p of r.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  return (
    geo as unknown as { features: { properties: { id: string; name: string } }[] }
  ).features.map((f) => ({
    name: f.properties.name,
    value: counts.get(f.properties.id) ?? 0,
  }));
}

function render(ids: readonly string[]): void {
  const data = series(ids);
  chart.setOption({
    tooltip: { trigger: 'item' },
    visualMap: {
      min: 0,
      max: Math.max(1, ...data.map((d) => d.value)),
      inRange: { color: ['#e9ecef', '#ffffcc', '#41b6c4', '#253494'] },
      calculable: false,
    },
    series: [{ type: 'map', map: 'chongqing', nameProperty: 'name', roam: true, data }],
  });
}

render([]);
(window as unknown as { __setIndustries: (ids: string[]) => void }).__setIndustries = render;
