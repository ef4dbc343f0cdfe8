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
