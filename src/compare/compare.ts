/**
 * Compare two to four places — Chongqing districts and Sichuan partners — by what the plans give
 * them: layout sub-industries, bases (each under its programme) and 川渝 cooperation themes. Items
 * shared by every compared place, and items unique to one, are told apart.
 */
import type { DataFiles, Source } from '../data/types.ts';
import { dataName } from '../i18n/index.ts';
import type { Lang } from '../state/store.ts';

export type ItemKind = 'industry' | 'programme' | 'coop';

export interface CompareItem {
  /** Stable across places: the same key means the same planned thing. */
  key: string;
  kind: ItemKind;
  label: string;
  sources: Source[];
}

export interface Comparison {
  /** Per place, in the order given: its items. */
  places: { id: string; items: CompareItem[] }[];
  /** Keys every compared place has. */
  shared: Set<string>;
  /** Per place: keys no other compared place has. */
  unique: Map<string, Set<string>>;
}

/** What the plans give one place. */
export function placeItems(id: string, data: DataFiles, lang: Lang): CompareItem[] {
  const items = new Map<string, CompareItem>();
  const add = (key: string, kind: ItemKind, label: string, source: Source) => {
    const hit = items.get(key);
    if (hit) hit.sources.push(source);
    else items.set(key, { key, kind, label, sources: [source] });
  };
  for (const r of data.layout)
    if (r.places.includes(id))
      add(`industry:${r.id}`, 'industry', dataName(r.name, r.nameEn, lang), r.source);
  // A base is a programme's item with its theme: places share it only when the plan gives both
  // that theme under that programme (荣昌's 合作区 with 内江 is not 泸州's 泸永江 示范区, though
  // one programme lists both; 江津's and 永川's clauses name the same 泸永江 示范区).
  for (const b of data.bases) {
    if (b.place !== id && !b.partners.includes(id)) continue;
    const p = data.programmes.find((x) => x.id === b.programme);
    const programme = p ? dataName(p.name, p.en, lang) : b.programme;
    const theme = dataName(b.theme, b.themeEn, lang);
    add(
      `base:${b.programme}:${b.theme}`,
      'programme',
      `${programme}${lang === 'en' ? ': ' : '：'}${theme}`,
      b.source,
    );
  }
  for (const c of data.cooperation) {
    if (!c.places.includes(id) && !c.partners.includes(id)) continue;
    add(`coop:${c.id}`, 'coop', dataName(c.theme, c.themeEn, lang), c.source);
  }
  return [...items.values()];
}

export function comparePlaces(ids: readonly string[], data: DataFiles, lang: Lang): Comparison {
  const places = ids.map((id) => ({ id, items: placeItems(id, data, lang) }));
  const holders = new Map<string, number>();
  for (const p of places)
    for (const it of p.items) holders.set(it.key, (holders.get(it.key) ?? 0) + 1);
  const shared = new Set(
    places.length >= 2 ? [...holders].filter(([, n]) => n === places.length).map(([k]) => k) : [],
  );
  const unique = new Map(
    places.map((p) => [
      p.id,
      new Set(
        places.length >= 2
          ? p.items.filter((it) => holders.get(it.key) === 1).map((it) => it.key)
          : [],
      ),
    ]),
  );
  return { places, shared, unique };
}
