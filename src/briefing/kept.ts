/**
 * Briefings kept on this device (IndexedDB through idb-keyval, as the project list is: see
 * src/import/saved.ts), until the officer deletes them. Each is kept under its own key with the
 * time it was last changed; nothing here is ever sent anywhere. Storage that cannot open (private
 * modes, blocked site data) gives a store for this page only, whose `problem` says why.
 */
import { clear, createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { Tour } from '../tour/types.ts';

export interface KeptBriefing {
  /** This device's key for it (a briefing's tour id repeats: two 白酒 briefings for two visitors). */
  key: string;
  savedAt: string;
  tour: Tour;
}

export interface BriefingShelf {
  /** Why storage could not open (the browser's words), or null when briefings are kept. */
  readonly problem: string | null;
  /** The kept briefings, the latest changed first. */
  list(): Promise<KeptBriefing[]>;
  put(b: KeptBriefing): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

/** A new key: time and a random part (two tabs composing at once never share one). */
export function newKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Every kept briefing's tour id starts so (the editor gives each its own): a link to one is told
 * from a link to data/tour.json's tours without loading either.
 */
export const KEPT_PREFIX = 'brief-';

const latestFirst = (a: KeptBriefing, b: KeptBriefing) => b.savedAt.localeCompare(a.savedAt);

/** Opens the device's shelf (a database of its own: idb-keyval keeps one store per database). */
export async function openShelf(): Promise<BriefingShelf> {
  try {
    const db = createStore('cq-industry-map-briefings', 'briefings');
    // Opening is lazy: touch it now, so a refusal gives the page-only shelf, not a failed save.
    await entries(db);
    return idbShelf(db);
  } catch (e) {
    return memoryShelf(e instanceof Error ? e.message || e.name : String(e));
  }
}

function idbShelf(db: UseStore): BriefingShelf {
  return {
    problem: null,
    list: async () => (await entries<string, KeptBriefing>(db)).map(([, v]) => v).sort(latestFirst),
    put: (b) => set(b.key, b, db),
    remove: (key) => del(key, db),
    clear: () => clear(db),
  };
}

function memoryShelf(problem: string): BriefingShelf {
  const kept = new Map<string, KeptBriefing>();
  return {
    problem,
    list: () => Promise.resolve([...kept.values()].sort(latestFirst)),
    put: (b) => {
      kept.set(b.key, structuredClone(b));
      return Promise.resolve();
    },
    remove: (key) => {
      kept.delete(key);
      return Promise.resolve();
    },
    clear: () => {
      kept.clear();
      return Promise.resolve();
    },
  };
}
