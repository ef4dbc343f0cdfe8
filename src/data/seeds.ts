/** The five documents' index, for citations, and their full texts on demand. */
import seedIndex from '../../seeds/index.json';
import type { Lang } from '../types/lang.ts';
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

/**
 * A document's title as the reader's language writes one: 《…》 in Chinese, the English title in
 * English (the one helper for it: citations, exports and reports all use it).
 */
export function docTitle(doc: string, lang: Lang): string {
  const seed = SEEDS.find((s) => s.id === doc);
  if (!seed) return doc;
  return lang === 'en' ? seed.titleEn : `《${seed.title}》`;
}

/** Loads a seed's full text on demand (its own chunk; still offline). */
export async function loadSeedText(doc: DocId): Promise<string> {
  const texts = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default' });
  const file = SEEDS.find((s) => s.id === doc)?.file;
  const load = file ? texts[`../../seeds/${file}`] : undefined;
  if (!load) throw new Error(`no seed ${doc}`);
  return load();
}
