/**
 * The app's embedded data is parsed a file a step (src/data/data.ts): the same records as the
 * files on disk, with a pause between files for the start-up's slices.
 */
import { describe, expect, it } from 'vitest';
import { parsingData } from '../../src/data/data.ts';
import { jsonText, jsonTextModule } from '../../src/pipeline/json-text.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

describe('parsingData', () => {
  it('gives every file of data/ as it is on disk, pausing after each', () => {
    const work = parsingData();
    let pauses = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) pauses++;
    // data/tour.json is the briefing's, loaded by the tour when one is played (src/tour/).
    const { tour, ...disk } = loadData() as ReturnType<typeof loadData> & { tour?: unknown };
    expect(tour).toBeDefined();
    expect(step.value).toEqual(disk);
    expect(Object.keys(step.value).sort()).toEqual(Object.keys(disk).sort());
    expect(pauses).toBe(Object.keys(disk).length);
  });
});

describe('*.json?text', () => {
  it('is the file as minified JSON text', () => {
    const code = jsonTextModule(`${ROOT}/data/places.json`);
    const text = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(text).not.toMatch(/\n/);
    expect(JSON.parse(text)).toEqual(loadData().places);
  });
});

describe('the build serves *.json?text', () => {
  const plugin = jsonText();
  const hook = (k: 'resolveId' | 'load') =>
    plugin[k] as unknown as (this: unknown, ...a: unknown[]) => unknown;

  it('through its own module, which Vite’s JSON plugin leaves alone', () => {
    const importer = `${ROOT}/src/data/data.ts`;
    const id = hook('resolveId').call({}, '../../data/places.json?text', importer);
    expect(String(id)).toMatch(/^\0.*places\.js$/);
    expect(hook('resolveId').call({}, '../../data/places.json', importer)).toBeNull();
    const watched: string[] = [];
    const out = hook('load').call({ addWatchFile: (f: string) => watched.push(f) }, id) as {
      code: string;
    };
    expect(watched).toEqual([`${ROOT}/data/places.json`]);
    expect(out.code).toBe(jsonTextModule(`${ROOT}/data/places.json`));
  });
});
