import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { listText } from '../../src/i18n/index.ts';

// listText writes the lists by hand (src/i18n/index.ts says why); it must write exactly what
// Intl.ListFormat writes for the same language and kind.
const KINDS = [
  ['and', 'conjunction', 'long'],
  ['or', 'disjunction', 'long'],
  ['enumeration', 'conjunction', 'narrow'],
] as const;

describe('listText', () => {
  for (const lang of ['zh', 'en'] as const)
    for (const [kind, type, style] of KINDS)
      it(`writes ${lang} ${kind} lists as Intl.ListFormat does`, () => {
        const f = new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type, style });
        const item = fc.oneof(
          fc.constantFrom('渝中', '江北', '荣昌', 'Yuzhong', 'Fuling', 'Rongchang'),
          fc.string({ minLength: 1, maxLength: 6 }),
        );
        fc.assert(
          fc.property(fc.array(item, { maxLength: 7 }), (items) => {
            expect(listText(lang, items, kind)).toBe(f.format(items));
          }),
          { numRuns: 300 },
        );
      });

  it('reads as the languages write lists', () => {
    expect(listText('zh', ['甲', '乙', '丙'], 'and')).toBe('甲、乙和丙');
    expect(listText('en', ['A', 'B', 'C'], 'or')).toBe('A, B, or C');
    expect(listText('en', ['A', 'B'])).toBe('A, B');
  });
});
