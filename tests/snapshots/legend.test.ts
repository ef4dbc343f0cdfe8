// @vitest-environment jsdom
/**
 * The legend model (src/map/layers/registry.ts), the one the page, the export and the briefing
 * draw, for a few views: tests/fixtures/legend/<case>/in.json → out.json (see fixture.ts).
 */
import { describe, it } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { legendModel } from '../../src/map/layers/registry.ts';
import { INITIAL_VIEW, type ViewState } from '../../src/state/store.ts';
import { loadData, loadTopology } from '../helpers.ts';
import { cases, matchesFixture, stableJson } from './fixture.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);

describe('the legend model', () => {
  it.each(cases<{ view: Partial<ViewState> }>('legend'))('%s', (name, input) => {
    const state: ViewState = { ...INITIAL_VIEW, ...input.view };
    const model = legendModel(state, layerContext(state, data, atlas));
    matchesFixture('legend', name, 'out.json', stableJson(model));
  });
});
