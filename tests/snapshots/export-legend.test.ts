// @vitest-environment jsdom
/**
 * The export's legend (src/export/signs.ts): every sign of the legend model drawn on a canvas that
 * records its calls, so what the handout's legend draws is data to review:
 * tests/fixtures/export-legend/<case>/in.json → out.txt (see fixture.ts).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { drawSign } from '../../src/export/signs.ts';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { legendModel } from '../../src/map/layers/registry.ts';
import { INITIAL_VIEW, type ViewState } from '../../src/state/store.ts';
import { loadData, loadTopology } from '../helpers.ts';
import { cases, matchesFixture } from './fixture.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);

const num = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);

/** A 2D context that writes down each call and each property set, in order. */
function recorder(log: string[]): CanvasRenderingContext2D {
  return new Proxy({} as CanvasRenderingContext2D, {
    get:
      (_t, key) =>
      (...args: unknown[]) => {
        log.push(
          `${String(key)}(${args.map((a) => (a instanceof RecordedPath ? `path ${a.d}` : JSON.stringify(num(a)))).join(', ')})`,
        );
      },
    set: (_t, key, value) => {
      log.push(`${String(key)} = ${JSON.stringify(num(value))}`);
      return true;
    },
  });
}

/** Path2D as the signs use it: the path's text, recorded (jsdom has no Path2D). */
class RecordedPath {
  constructor(readonly d: string) {}
}
const realPath2D = (globalThis as { Path2D?: unknown }).Path2D;
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = RecordedPath;
});
afterAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = realPath2D;
});

describe('the export legend', () => {
  it.each(cases<{ view: Partial<ViewState> }>('export-legend'))('%s', (name, input) => {
    const state: ViewState = { ...INITIAL_VIEW, ...input.view };
    const out: string[] = [];
    for (const section of legendModel(state, layerContext(state, data, atlas))) {
      out.push(`# ${section.heading}`);
      for (const entry of section.entries) {
        const log: string[] = [];
        drawSign(recorder(log), entry.sign, 0, 0);
        out.push(`## ${entry.label}`, ...log.map((l) => `  ${l}`));
      }
      if (section.note) out.push(`(${section.note})`);
    }
    matchesFixture('export-legend', name, 'out.txt', out.join('\n'));
  });
});
