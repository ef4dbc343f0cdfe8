/** Interface text and data names in the current language. */
import type { PlaceRecord } from '../data/types.ts';
import type { Lang } from '../state/store.ts';
import { en } from './en.ts';
import { zh, type Dict } from './zh.ts';

const DICTS: Record<Lang, Dict> = { zh, en };

type StringKey = { [K in keyof Dict]: Dict[K] extends string ? K : never }[keyof Dict];

/** A UI string with {placeholders} filled in. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const s = DICTS[lang][key];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** The dictionary itself, for nested entries. */
export function dict(lang: Lang): Dict {
  return DICTS[lang];
}

/** A place's display name: the official short form in Chinese, the gazetteer's English name. */
export function placeName(
  p: Pick<PlaceRecord, 'name' | 'short' | 'en' | 'kind'>,
  lang: Lang,
): string {
  if (lang === 'en') return p.en;
  return p.kind === 'functional-zone' ? p.short : p.name;
}

/** A bilingual pair for a data name: the Chinese as in the seed, and our English. */
export function dataName(zhName: string, enName: string, lang: Lang): string {
  return lang === 'en' ? enName : zhName;
}
