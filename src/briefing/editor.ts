/**
 * Editing a briefing (issue 22), as pure functions of a `Tour`: each returns a new tour and leaves
 * the old one as it was, so the view can keep, save and undo without copying by hand. The view
 * (editor-view.ts) only calls these and renders what they return; the tests call them directly.
 */
import type { DataFiles, Source } from '../data/types.ts';
import { listText, placeName } from '../i18n/index.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { Lang, ViewState } from '../state/store.ts';
import { OUTLINE_MAX } from '../tour/chapter.ts';
import type { Bilingual, Chapter, ChapterSpec, Tour } from '../tour/types.ts';

const withChapters = (tour: Tour, chapters: Chapter[]): Tour => ({ ...tour, chapters });
const inRange = (tour: Tour, i: number) =>
  Number.isInteger(i) && i >= 0 && i < tour.chapters.length;

/** Moves chapter `i` by `delta` places (clamped at both ends). */
export function moveChapter(tour: Tour, i: number, delta: number): Tour {
  if (!inRange(tour, i)) return tour;
  const to = Math.min(Math.max(0, i + delta), tour.chapters.length - 1);
  if (to === i) return tour;
  const chapters = [...tour.chapters];
  const [c] = chapters.splice(i, 1);
  chapters.splice(to, 0, c!);
  return withChapters(tour, chapters);
}

/** Drops chapter `i`; the last chapter stays (a briefing of none cannot be presented). */
export function dropChapter(tour: Tour, i: number): Tour {
  if (!inRange(tour, i) || tour.chapters.length <= 1) return tour;
  return withChapters(
    tour,
    tour.chapters.filter((_, k) => k !== i),
  );
}

/** Makes chapter `i` the closing one: it moves to the end, the others keep their order. */
export function closeWith(tour: Tour, i: number): Tour {
  return moveChapter(tour, i, tour.chapters.length);
}

/**
 * Sets a chapter's title or caption in one language; the other language keeps its text (the
 * officer writes in the language they present in). An empty title is refused: the card needs one.
 */
export function editText(
  tour: Tour,
  i: number,
  field: 'title' | 'caption',
  lang: Lang,
  text: string,
): Tour {
  if (!inRange(tour, i)) return tour;
  const value = text.trim();
  if (field === 'title' && !value) return tour;
  return withChapters(
    tour,
    tour.chapters.map((c, k) => (k === i ? { ...c, [field]: { ...c[field], [lang]: value } } : c)),
  );
}

/** Appends a chapter, its id made unique in the tour (ids name chapters in checks and files). */
export function addChapter(tour: Tour, chapter: Chapter): Tour {
  const ids = new Set(tour.chapters.map((c) => c.id));
  let id = chapter.id;
  for (let n = 2; ids.has(id); n++) id = `${chapter.id}-${n}`;
  return withChapters(tour, [...tour.chapters, { ...chapter, id }]);
}

export type ViewChapter =
  | { ok: true; chapter: Chapter }
  /** Nothing on the map to rest a chapter on: no industry, programme or district chosen. */
  | { ok: false; reason: 'no-subject' };

/**
 * The map as it is now, as a chapter ("加入简报"): its layers and filters, the places it outlines
 * or the district open, framed. Its source is the subject's own sentence: the selected 小类's
 * line of the layout table, else the selected programme's, else the first layout line or base
 * that names the open district. A view with none of these has nothing to cite, and is refused.
 */
export function chapterFromView(
  state: Pick<
    ViewState,
    'layers' | 'industries' | 'programmes' | 'groups' | 'highlight' | 'district'
  >,
  data: DataFiles,
): ViewChapter {
  const rows = data.layout.filter((r) => state.industries.includes(r.id));
  const programme = data.programmes.find((p) => state.programmes.includes(p.id));
  const district = state.district ? data.places.find((p) => p.id === state.district) : undefined;
  const source: Source | undefined =
    rows[0]?.source ??
    programme?.source ??
    (district
      ? (data.layout.find((r) => r.places.includes(district.id))?.source ??
        data.bases.find((b) => b.place === district.id)?.source)
      : undefined);
  if (!source) return { ok: false, reason: 'no-subject' };

  const outlined = state.highlight.length
    ? [...state.highlight]
    : district
      ? [district.id]
      : matchingPlaces({ industries: rows.map((r) => r.id), programmes: [], groups: [] }, data)
          .map((m) => m.place)
          .filter((p) => p.kind !== 'functional-zone')
          .map((p) => p.id);
  const framed = outlined.length && outlined.length <= OUTLINE_MAX ? outlined : null;
  const view: ChapterSpec = {
    layers: [...state.layers],
    ...(rows.length ? { industries: rows.map((r) => r.id) } : {}),
    ...(state.programmes.length ? { programmes: [...state.programmes] } : {}),
    ...(state.groups.length ? { groups: [...state.groups] } : {}),
    highlight: framed ?? [],
    fit: framed ?? 'chongqing',
  };
  const name = (lang: Lang): string => {
    const names = [
      ...rows.map((r) => (lang === 'zh' ? r.name : r.nameEn)),
      ...(programme && !rows.length ? [lang === 'zh' ? programme.name : programme.en] : []),
      ...(district ? [placeName(district, lang)] : []),
    ];
    return listText(lang, names);
  };
  const title: Bilingual = { zh: `地图：${name('zh')}`, en: `On the map: ${name('en')}` };
  const caption: Bilingual = {
    zh: framed
      ? `图中标出：${listText(
          'zh',
          framed.map((id) => placeLabel(data, id, 'zh')),
        )}。`
      : '加入简报时的地图视图。',
    en: framed
      ? `Outlined: ${listText(
          'en',
          framed.map((id) => placeLabel(data, id, 'en')),
        )}.`
      : 'The map as it was when added to the briefing.',
  };
  return {
    ok: true,
    chapter: { id: 'view', title, caption, source: { ...source }, view },
  };
}

function placeLabel(data: DataFiles, id: string, lang: Lang): string {
  const p = data.places.find((x) => x.id === id);
  return p ? placeName(p, lang) : id;
}
