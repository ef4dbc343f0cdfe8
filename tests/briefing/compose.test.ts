import { describe, expect, it } from 'vitest';
import { composeBriefing, type BriefingProject } from '../../src/briefing/compose.ts';
import { briefingFileText, readBriefingFile } from '../../src/briefing/file.ts';
import { chapterSubject } from '../../src/tour/chapter.ts';
import type { Tour } from '../../src/tour/types.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const seeds = readSeeds();
const seedText = (doc: string) => seeds[doc as keyof typeof seeds];

const compose = (word: string, projects?: BriefingProject[]): Tour => {
  const r = composeBriefing(word, data, 'zh', projects);
  if (!r.ok) throw new Error(`${word}: ${r.reason}`);
  return r.tour;
};

describe('composeBriefing on the real data', () => {
  it('opens a 白酒 briefing on exactly the places the layout table lists, named on the map', () => {
    const tour = compose('白酒');
    const row = data.layout.find((r) => r.id === '酒的制造')!;
    const first = tour.chapters[0]!;
    expect(first.view.industries).toEqual(['酒的制造']);
    expect(first.view.fit).toEqual(row.places);
    expect(first.view.highlight).toEqual(row.places);
    // The card names them (the presenter's subject line reads chapterSubject).
    expect(
      chapterSubject(first.view, data)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...row.places].sort());
    expect(first.source).toEqual(row.source);
    for (const id of row.places) {
      const name = data.places.find((p) => p.id === id)!.name;
      expect(first.caption.zh).toContain(name);
    }
    // Then each of them in close-up, the table's places before any other.
    const closeUps = tour.chapters.filter((c) => c.id.startsWith('close-up-'));
    expect(closeUps.map((c) => (c.view.fit as string[])[0]).sort()).toEqual([...row.places].sort());
  });

  it('reads 白酒, baijiu and liquor as the same industry through the one resolver', () => {
    const ids = (w: string) => compose(w).chapters.map((c) => c.id);
    expect(ids('baijiu')).toEqual(ids('白酒'));
    expect(ids('liquor')).toEqual(ids('白酒'));
  });

  it('carries the target, the national priorities and the manufacturing plan’s field', () => {
    const tour = compose('白酒');
    const byId = new Map(tour.chapters.map((c) => [c.id, c]));
    expect(byId.get('target')!.source.quote).toContain('食品行业');
    expect(byId.get('target')!.caption.zh).toContain('2300');
    expect(byId.get('national')!.source.doc).toBe('003');
    expect(byId.get('field')!.source.doc).toBe('002');
    // 江津's close-up names its base, cited from the base's own sentence.
    const jiangjin = byId.get('close-up-500116')!;
    expect(jiangjin.caption.zh).toContain('清香型白酒');
    expect(jiangjin.source.quote).toContain('重庆酒城');
  });

  it('gives every chapter a title and caption in both languages', () => {
    for (const w of ['白酒', '眼镜', '五金', '3587'])
      for (const c of compose(w).chapters)
        for (const k of ['title', 'caption'] as const) {
          expect(c[k].zh, `${w}/${c.id}`).not.toBe('');
          expect(c[k].en, `${w}/${c.id}`).not.toBe('');
        }
  });

  it('passes the briefing file check: every name in the data, every quote verbatim in its seed', () => {
    for (const w of ['白酒', '眼镜', '五金', '火锅底料', 'furniture', '3587']) {
      const tour = compose(w);
      const read = readBriefingFile(briefingFileText(tour), data, seedText);
      expect(read, w).toEqual({ ok: true, tour });
    }
  });

  it('composes an industry the layout table does not list from the other plans (五金 → 大足)', () => {
    const tour = compose('五金');
    expect(tour.chapters[0]!.view.highlight).toEqual(['500111']);
    expect(tour.chapters[0]!.caption.zh).toContain('大足区');
  });

  it('refuses a word that names no industry, in plain terms', () => {
    expect(composeBriefing('火箭筒', data)).toEqual({ ok: false, reason: 'unknown' });
    expect(composeBriefing('  ', data)).toEqual({ ok: false, reason: 'empty' });
  });

  it('adds the office’s own projects in the industry, by verdict', () => {
    const liquor = { rows: ['酒的制造'], codes: ['151', '1512'] };
    const projects: BriefingProject[] = [
      { name: '清香酒厂', place: { id: '500116' }, industry: liquor, fit: { verdict: 'planned' } },
      { name: '酱香酒坊', place: { id: '500101' }, industry: liquor, fit: { verdict: 'planned' } },
      {
        name: '果酒项目',
        place: { id: '500104' },
        industry: liquor,
        fit: { verdict: 'elsewhere' },
      },
      {
        name: '眼镜厂',
        place: { id: '500236' },
        industry: { rows: ['眼镜制造'], codes: ['3587'] },
        fit: { verdict: 'planned' },
      },
    ];
    const c = compose('白酒', projects).chapters.find((x) => x.id === 'projects')!;
    expect(c.title.zh).toBe('本局项目：3 个');
    expect(c.caption.zh).toContain('清香酒厂');
    expect(c.caption.zh).not.toContain('眼镜厂');
    expect(c.view.highlight).toEqual(['500116', '500101', '500104']);
    // Without a list, no such chapter.
    expect(compose('白酒').chapters.some((x) => x.id === 'projects')).toBe(false);
  });

  it('composes in well under a second', () => {
    compose('白酒');
    const t0 = performance.now();
    compose('白酒');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
