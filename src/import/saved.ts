/**
 * The user's list kept on this device (IndexedDB, through idb-keyval) until they clear it, and
 * the column mapping remembered per header. Nothing here is ever sent anywhere.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { Mapping } from './projects.ts';

export interface SavedList {
  name: string;
  /** The file's bytes or the pasted text, as given: a reload reads and resolves it again. */
  input: string | Uint8Array;
  mapping: Mapping | null;
  savedAt: string;
}

const store = () => createStore('cq-industry-map', 'projects');

export const loadSaved = (): Promise<SavedList | undefined> => get<SavedList>('list', store());
export const saveList = (l: SavedList): Promise<void> => set('list', l, store());
export const clearSaved = (): Promise<void> => del('list', store());

const mappingKey = (header: readonly string[]) => `cq-map:mapping:${header.join('\u0001')}`;

/** The mapping last used for a file with exactly these headers, if any. */
export function rememberedMapping(header: readonly string[]): Mapping | null {
  try {
    const v = localStorage.getItem(mappingKey(header));
    return v ? (JSON.parse(v) as Mapping) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(header: readonly string[], m: Mapping): void {
  try {
    localStorage.setItem(mappingKey(header), JSON.stringify(m));
  } catch {
    // Storage full or refused (private mode): the mapping is simply not remembered.
  }
}
