/** Interface text and data names in the current language. */
import type { PlaceRecord } from '../data/types.ts';
import type { Lang } from '../types/lang.ts';
import { missingChunk } from '../lib/errors.ts';
import { en, enOne, PRIORITY_SECTOR_EN } from './en.ts';
import { zh, type Dict } from './zh.ts';

const DICTS: Record<Lang, Dict> = { zh, en };

type StringKey = { [K in keyof Dict]: Dict[K] extends string ? K : never }[keyof Dict];

// Made on the first English count: creating the first Intl formatter loads ICU data (up to tens of
// ms), which a Chinese start-up need not pay.
let enPlural: Intl.PluralRules | undefined;

/** A UI string with {placeholders} filled in. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const one =
    lang === 'en' &&
    typeof vars['n'] === 'number' &&
    (enPlural ??= new Intl.PluralRules('en')).select(vars['n']) === 'one'
      ? enOne[key]
      : undefined;
  const s = one ?? DICTS[lang][key];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/**
 * An error as a reader is told it: a part of the app that did not download in plain words (with
 * the file's name, for whoever they report it to); any other error by its message.
 */
export function errorText(lang: Lang, e: unknown): string {
  const file = missingChunk(e);
  if (file === null) return e instanceof Error ? e.message : String(e);
  return file ? t(lang, 'chunkMissing', { file }) : t(lang, 'chunkMissingAny');
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
/**
 * Our notes on the data are written in both languages, Chinese first ("…（原文未逐条标明）。By
 * geography; …"): the part in the reader's language. The English part starts after the first
 * Chinese full stop or closing bracket from which on the note is Latin text (no Chinese sentence
 * punctuation, some Latin letters); a note with no such break is shown whole in both.
 */
export function noteIn(note: string, lang: Lang): string {
  for (let i = 0; i < note.length; i++) {
    if (note[i] !== '。' && note[i] !== '）') continue;
    const rest = note.slice(i + 1).trim();
    if (/[A-Za-z]/.test(rest) && !/[，。；：！？、]/.test(rest))
      return lang === 'zh' ? note.slice(0, i + 1) : rest;
  }
  return note;
}

/** "Label：" in Chinese, "Label: " in English (a full-width colon has no place in English text). */
export function labelled(lang: Lang, label: string): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}

/** A field of the manufacturing plan's 专栏11 in the reader's language (as the plan names it if we have no English). */
export function mfgFieldName(field: string, lang: Lang): string {
  return (DICTS[lang].mfgFieldNames as Record<string, string>)[field] ?? field;
}

/** A national-priority sector (003) in the reader's language (the Chinese name where none is known). */
export function prioritySector(zhName: string, lang: Lang): string {
  return lang === 'en' ? (PRIORITY_SECTOR_EN[zhName] ?? zhName) : zhName;
}

export function dataName(zhName: string, enName: string, lang: Lang): string {
  return lang === 'en' ? enName : zhName;
}

/**
 * The two languages' list patterns, as Intl.ListFormat (CLDR) writes them for zh-CN and en:
 * tests/i18n/list-text.test.ts checks every kind against Intl.ListFormat on random lists.
 *
 * Written out instead of calling Intl.ListFormat (which the guide prefers) because its first use
 * in Chromium loads the ICU list data in one uninterruptible task: 39–85 ms on this machine
 * (3 fresh pages, 2026-12-05), a 160–340 ms long task on a phone's CPU — the largest single task
 * of the start-up that Lighthouse's mobile audit counts, for text the start-up writes (the map's
 * text alternative). Two languages and three kinds are six fixed patterns.
 */
const LIST_PATTERNS: Record<
  Lang,
  Record<'and' | 'or' | 'enumeration', { pair: string; last: string; middle: string }>
> = {
  zh: {
    and: { pair: '和', middle: '、', last: '和' },
    or: { pair: '或', middle: '、', last: '或' },
    enumeration: { pair: '、', middle: '、', last: '、' },
  },
  en: {
    and: { pair: ' and ', middle: ', ', last: ', and ' },
    or: { pair: ' or ', middle: ', ', last: ', or ' },
    enumeration: { pair: ', ', middle: ', ', last: ', ' },
  },
};

/**
 * A list in running text, as the reader's language writes one: "甲、乙和丙" / "A, B, and C"
 * (`and`), "甲、乙或丙" / "A, B, or C" (`or`), or a plain enumeration "甲、乙、丙" / "A, B, C"
 * (`enumeration`, for lists of names where "and" would read as if the list were complete).
 */
export function listText(
  lang: Lang,
  items: readonly string[],
  kind: 'and' | 'or' | 'enumeration' = 'enumeration',
): string {
  const p = LIST_PATTERNS[lang][kind];
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return items[0] + p.pair + items[1];
  return items.slice(0, -1).join(p.middle) + p.last + items[items.length - 1];
}
