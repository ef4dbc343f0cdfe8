// @vitest-environment jsdom
/**
 * The language scan: every district panel (all 38 units, the zones and the Sichuan partners) in
 * each language, read as a reader would — verbatim quotes from the documents aside (they are
 * Chinese in both languages, by design). Chinese mode has no English sentences; English mode has
 * no full-width punctuation, no "1 goals", and no project jargon ("seed").
 */
import { describe, expect, it, vi } from 'vitest';
import { renderDistrictPanel } from '../../src/panels/district-panel.ts';
import { createAppStore } from '../../src/state/store.ts';
import { loadData } from '../helpers.ts';
import { en, enOne } from '../../src/i18n/en.ts';
import { sectorTargetLine } from '../../src/panels/alignment.ts';

HTMLCanvasElement.prototype.getContext = (() => null) as never;

const data = loadData();
const ctx = { data, openSeed: vi.fn(), focusPlace: vi.fn() };

/** The panel's text without the verbatim quotes and document names. */
function readerText(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  // Names shown in the other language on purpose carry a lang attribute.
  for (const q of copy.querySelectorAll('blockquote, cite, .doc-title, [lang]')) q.remove();
  return copy.textContent ?? '';
}

describe('language scan of every district panel', () => {
  it.each(data.places.map((p) => [p.name, p.id] as const))('%s', (_name, id) => {
    const zh = readerText(
      renderDistrictPanel(
        createAppStore({ district: id, lang: 'zh' }).getState(),
        ctx,
      ) as HTMLElement,
    );
    // Four Latin words in a row is an English sentence (codes such as "GB/T 4754" or "C17" are not).
    expect(zh.match(/[A-Za-z]{2,}(?:[ ,;'’-]+[A-Za-z]{2,}){3,}/g) ?? []).toEqual([]);
    const en = readerText(
      renderDistrictPanel(
        createAppStore({ district: id, lang: 'en' }).getState(),
        ctx,
      ) as HTMLElement,
    );
    expect(en.match(/[：；，。]/g) ?? [], en).toEqual([]);
    expect(en.match(/\b1 [a-z]+s\b/g) ?? []).toEqual([]);
    expect(en.match(/\bseeds?\b/gi) ?? []).toEqual([]);
  });
});

/**
 * Chinese in the English interface: only names given in both languages, each listed here with why.
 * Anything else is a string someone forgot to translate.
 */
const CJK_ALLOWED: Record<string, string> = {
  中文: 'the language switch names Chinese in Chinese',
  白酒: 'a search example, glossed "(baijiu)": the search takes Chinese',
  家具: 'a search example, glossed "(furniture)"',
  预制菜: 'a search example, glossed "(ready meals)"',
};

/** Every string of a dictionary, with its key path. */
function strings(d: unknown, path = ''): [string, string][] {
  if (typeof d === 'string') return [[path, d]];
  if (d && typeof d === 'object')
    return Object.entries(d).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the English dictionary', () => {
  it('has no Chinese but the names given in both languages', () => {
    const found = [...strings(en), ...strings(enOne)].flatMap(([key, text]) =>
      (text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu) ?? [])
        .filter((run) => !(run in CJK_ALLOWED))
        .map((run) => `${key}: ${run}`),
    );
    expect(found).toEqual([]);
  });

  it('writes 亿元 as "(100 million yuan)", not "×100M yuan"', () => {
    const line = sectorTargetLine(
      { name: '食品行业', en: 'Food' },
      { value2020: '1546', target2025: '2300', unit: '亿元' },
      'en',
    );
    expect(line).toBe('Food 1546 → 2300 (100 million yuan)');
  });
});
