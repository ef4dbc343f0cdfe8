/** The five documents' index, for citations, and their full texts on demand. */
import seedIndex from '../../seeds/index.json';
import type { DocId } from './types.ts';

export interface SeedInfo {
  id: DocId;
  file: string;
  title: string;
  titleEn: string;
  issuer: string;
  date: string;
  docNumber: string | null;
}

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
