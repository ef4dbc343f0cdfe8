import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../src/briefing/compose.ts';
import {
  addChapter,
  chapterFromView,
  closeWith,
  dropChapter,
  editText,
  moveChapter,
} from '../../src/briefing/editor.ts';
import { briefingFileText, readBriefingFile } from '../../src/briefing/file.ts';
import { INITIAL_VIEW } from '../../src/state/store.ts';
import type { Tour } from '../../src/tour/types.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const seeds = readSeeds();
const r = composeBriefing('白酒', data);
if (!r.ok) throw new Error('白酒 does not compose');
const tour: Tour = r.tour;
const ids = (t: Tour) => t.chapters.map((c) => c.id);

describe('editing a briefing', () => {
  it('moves, drops and closes with a chapter, leaving the original as it was', () => {
    const before = ids(tour);
    expect(ids(moveChapter(tour, 1, -1))).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(ids(moveChapter(tour, 0, -1))).toEqual(before);
    expect(ids(dropChapter(tour, 2))).toEqual(before.filter((_, i) => i !== 2));
    expect(ids(closeWith(tour, 0))).toEqual([...before.slice(1), before[0]]);
    expect(ids(tour)).toEqual(before);
  });

  it('keeps the last chapter: a briefing of none cannot be presented', () => {
    let t = tour;
    while (t.chapters.length > 1) t = dropChapter(t, 0);
    expect(dropChapter(t, 0).chapters).toHaveLength(1);
  });

  it('retitles and recaptions in one language, and refuses an empty title', () => {
    const t = editText(tour, 0, 'title', 'en', '  Four districts  ');
    expect(t.chapters[0]!.title).toEqual({ zh: tour.chapters[0]!.title.zh, en: 'Four districts' });
    expect(editText(tour, 0, 'title', 'zh', '  ')).toBe(tour);
    expect(editText(tour, 1, 'caption', 'zh', '').chapters[1]!.caption.zh).toBe('');
  });

  it('adds the current map view, cited from the selected industry’s layout line', () => {
    const view = chapterFromView({ ...INITIAL_VIEW, industries: ['眼镜制造'] }, data);
    if (!view.ok) throw new Error('refused');
    const row = data.layout.find((x) => x.id === '眼镜制造')!;
    expect(view.chapter.source).toEqual(row.source);
    expect(view.chapter.view.highlight).toEqual(row.places);
    const t = addChapter(addChapter(tour, view.chapter), view.chapter);
    expect(ids(t).slice(-2)).toEqual(['view', 'view-2']);
    // The edited briefing still passes the file's check (names and quotes).
    expect(
      readBriefingFile(briefingFileText(t), data, (d) => seeds[d as keyof typeof seeds]).ok,
    ).toBe(true);
  });

  it('cites an open district by its own line, and refuses a view with nothing to cite', () => {
    const district = chapterFromView({ ...INITIAL_VIEW, district: '500116' }, data);
    expect(district.ok && district.chapter.view.fit).toEqual(['500116']);
    expect(chapterFromView(INITIAL_VIEW, data)).toEqual({ ok: false, reason: 'no-subject' });
  });
});
