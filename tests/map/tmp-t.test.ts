import { it } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { labelGeometrySteps } from '../../src/map/label-geometry.ts';
import { loadData, loadTopology } from '../helpers.ts';
it('t', () => {
  const atlas = buildAtlas(loadTopology(), loadData());
  for (const [i, s] of labelGeometrySteps(atlas).entries()) {
    const t = performance.now();
    s();
    console.log('step', i, (performance.now() - t).toFixed(1));
  }
});
