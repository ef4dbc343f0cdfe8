/** The embedded data: data/*.json and seeds/index.json, bundled so the app needs no network. */
import places from '../../data/places.json';
import layout from '../../data/layout.json';
import programmes from '../../data/programmes.json';
import bases from '../../data/bases.json';
import cooperation from '../../data/cooperation.json';
import frameworks from '../../data/frameworks.json';
import groups from '../../data/groups.json';
import belts from '../../data/belts.json';
import targets from '../../data/targets.json';
import seedIndex from '../../seeds/index.json';
import type { DataFiles, DocId } from './types.ts';

export interface SeedInfo {
  id: DocId;
  file: string;
  title: string;
  titleEn: string;
  issuer: string;
  date: string;
  docNumber: string | null;
}

/** All of data/, typed. */
export const DATA = {
  places,
  layout,
  programmes,
  bases,
  cooperation,
  frameworks,
  groups,
  belts,
  targets,
} as unknown as DataFiles;

/** The five documents' index, for citations. */
export const SEEDS = seedIndex as SeedInfo[];

/** Loads a seed's full text on demand (its own chunk; still offline). */
export async function loadSeedText(doc: DocId): Promise<string> {
  const texts = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default' });
  const file = SEEDS.find((s) => s.id === doc)?.file;
  const load = file ? texts[`../../seeds/${file}`] : undefined;
  if (!load) throw new Error(`no seed ${doc}`);
  return load();
}
