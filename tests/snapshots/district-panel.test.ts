// @vitest-environment jsdom
/**
 * A district panel's rendered text (src/panels/district-panel.ts), block by block, as a reader
 * meets it: tests/fixtures/district-panel/<case>/in.json → out.txt (see fixture.ts).
 */
import { describe, it } from 'vitest';
import { renderDistrictPanel } from '../../src/panels/district-panel.ts';
import { createAppStore } from '../../src/state/store.ts';
import type { Lang } from '../../src/state/store.ts';
import { loadData } from '../helpers.ts';
import { cases, matchesFixture } from './fixture.ts';

// jsdom has no canvas: the symbol drawers get a null context and draw nothing.
HTMLCanvasElement.prototype.getContext = (() => null) as never;

const data = loadData();
const BLOCK = new Set(
  'div section article aside header footer nav p ul ol li dl dt dd h1 h2 h3 h4 h5 h6 blockquote details summary table thead tbody tr th td figure figcaption form fieldset label'.split(
    ' ',
  ),
);
/** Attributes that say which thing a block is about (not how it looks). */
const KEYS = ['data-testid', 'data-code', 'data-industry', 'data-doc', 'data-kind', 'hidden'];

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** One line per block: its tag and key attributes, then its text when no block is inside it. */
function outline(node: Node, depth = 0): string[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = squash(node.textContent);
    return text ? [`${'  '.repeat(depth)}"${text}"`] : [];
  }
  if (!(node instanceof Element)) return [...node.childNodes].flatMap((c) => outline(c, depth));
  const keys = KEYS.filter((k) => node.hasAttribute(k))
    .map((k) => `${k}=${node.getAttribute(k)}`)
    .join(' ');
  const head = `${'  '.repeat(depth)}<${node.tagName.toLowerCase()}${keys ? ` ${keys}` : ''}>`;
  const nested = [...node.querySelectorAll('*')].some((e) => BLOCK.has(e.tagName.toLowerCase()));
  if (!nested) {
    const text = squash(node.textContent);
    return [text ? `${head} ${text}` : head];
  }
  return [head, ...[...node.childNodes].flatMap((c) => outline(c, depth + 1))];
}

describe('the district panel', () => {
  it.each(cases<{ district: string; lang: Lang }>('district-panel'))('%s', (name, input) => {
    const state = createAppStore({ district: input.district, lang: input.lang }).getState();
    const el = renderDistrictPanel(state, {
      data,
      openSeed: () => undefined,
      focusPlace: () => undefined,
    });
    matchesFixture('district-panel', name, 'out.txt', outline(el).join('\n'));
  });
});
