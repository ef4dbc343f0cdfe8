import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTours } from '../../src/tour/check.ts';
import { chapterSubject, chapterView } from '../../src/tour/chapter.ts';
import type { TourFile } from '../../src/tour/types.ts';
import { readSeedIndex, readSeeds, ROOT } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const tours = JSON.parse(readFileSync(join(ROOT, 'data', 'tour.json'), 'utf8')) as TourFile;
const docs = readSeedIndex().map((s) => s.id);
const clone = (): TourFile => structuredClone(tours);

describe('data/tour.json', () => {
  it('names only layers, sub-industries, programmes, groups and places that exist', () => {
    expect(checkTours(tours, data, docs)).toEqual([]);
  });

  it('rests every chapter on a sentence found verbatim in its seed', () => {
    const seeds = readSeeds();
    for (const tour of tours.tours)
      for (const c of tour.chapters) {
        const text = seeds[c.source.doc as keyof typeof seeds] ?? '';
        expect(text, `${tour.id}/${c.id}`).toContain(c.source.quote);
      }
  });

  it('has a briefing that walks regions, sectors, every 专栏1 programme, 川渝 and a district close-up', () => {
    const briefing = tours.tours.find((t) => t.id === 'briefing')!;
    const views = briefing.chapters.map((c) => c.view);
    expect(views.some((v) => v.layers.includes('regions'))).toBe(true);
    expect(views.some((v) => v.layers.includes('coop'))).toBe(true);
    // A close-up frames one district and outlines it.
    expect(views.some((v) => v.fit.length === 1 && v.highlight?.includes(v.fit[0]!))).toBe(true);
    const programmes = new Set(views.flatMap((v) => v.programmes ?? []));
    // Four of the five programmes have a chapter of their own (two-plus-n, feature-base, …).
    expect(programmes.size).toBeGreaterThanOrEqual(4);
  });
});

describe('checkTours', () => {
  it('names the chapter and the unknown name at fault', () => {
    const bad = clone();
    const c = bad.tours[0]!.chapters[2]!;
    c.view.industries = ['眼镜制造', '火箭制造'];
    c.view.highlight = ['999999'];
    c.view.layers = ['industry', 'weather' as never];
    c.source.doc = '009';
    expect(checkTours(bad, data, docs)).toEqual([
      `briefing/${c.id}: unknown seed document "009"`,
      `briefing/${c.id}: unknown layer "weather"`,
      `briefing/${c.id}: unknown industry "火箭制造"`,
      `briefing/${c.id}: unknown place "999999"`,
    ]);
  });

  it('catches duplicate ids, a missing translation and an empty fit', () => {
    const bad = clone();
    bad.tours.push(structuredClone(bad.tours[1]!));
    bad.tours[0]!.chapters[1]!.caption.en = '';
    bad.tours[0]!.chapters[1]!.view.fit = [];
    const problems = checkTours(bad, data, docs);
    expect(problems).toContain('tour "chuanyu" is listed twice');
    expect(problems.some((p) => p.includes('caption needs zh and en'))).toBe(true);
    expect(problems.some((p) => p.includes('fit must be'))).toBe(true);
  });
});

describe('chapterView', () => {
  it('expands a 门类 to its rows and turns off what the chapter does not name', () => {
    const v = chapterView(
      { layers: ['industry'], industries: ['食品制造业'], fit: 'chongqing' },
      data,
    );
    expect(v.industries.sort()).toEqual(
      data.layout
        .filter((r) => r.category === '食品制造业')
        .map((r) => r.id)
        .sort(),
    );
    expect(v).toMatchObject({ programmes: [], groups: [], district: null });
  });

  it("outlines an industry chapter's places (zones have no outline) unless it names its own", () => {
    const liquor = data.layout.find((r) => r.id === '酒的制造')!;
    const v = chapterView(
      { layers: ['industry'], industries: ['酒的制造'], fit: 'chongqing' },
      data,
    );
    expect([...v.highlight].sort()).toEqual([...liquor.places].sort());
    expect(
      chapterSubject({ layers: [], industries: ['酒的制造'], fit: 'chongqing' }, data).length,
    ).toBe(liquor.places.length);
    const own = chapterView(
      { layers: ['industry'], industries: ['眼镜制造'], highlight: ['500153'], fit: 'chongqing' },
      data,
    );
    expect(own.highlight).toEqual(['500153']);
    const none = chapterView({ layers: ['regions'], fit: 'chongqing' }, data);
    expect(none.highlight).toEqual([]);
  });

  it('never opens a district panel, and the check refuses a chapter that asks for one', () => {
    const bad = clone();
    const c = bad.tours[0]!.chapters[0]!;
    (c.view as unknown as Record<string, unknown>)['district'] = '500153';
    expect(checkTours(bad, data, docs)).toEqual([
      `briefing/${c.id}: a chapter opens no district panel; outline the place ("highlight")`,
    ]);
    for (const ch of tours.tours.flatMap((t) => t.chapters))
      expect(chapterView(ch.view, data).district, ch.id).toBeNull();
  });
});
