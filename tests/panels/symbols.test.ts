// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PROGRAMME_SHAPES, SYMBOL_STROKE, symbolPath } from '../../src/map/layers/icons.ts';
import { PROGRAMME_COLOURS } from '../../src/map/style.ts';
import { programmeSymbol } from '../../src/panels/symbols.ts';
import type { ProgrammeId } from '../../src/data/types.ts';

describe('programmeSymbol', () => {
  it('is the path the map draws, in its colour, inline, hidden from assistive technology', () => {
    for (const p of Object.keys(PROGRAMME_SHAPES) as ProgrammeId[]) {
      const svg = programmeSymbol(p);
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('viewBox')).toBe('0 0 16 16');
      const path = svg.querySelector('path')!;
      expect(path.getAttribute('d')).toBe(symbolPath(PROGRAMME_SHAPES[p], 8, 8, 16));
      expect(path.getAttribute('fill')).toBe(PROGRAMME_COLOURS[p]);
      expect(path.getAttribute('stroke')).toBe('#ffffff');
      expect(Number(path.getAttribute('stroke-width'))).toBeCloseTo(16 * SYMBOL_STROKE);
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('data-programme-symbol')).toBe(p);
    }
  });

  it('draws each programme in its own shape or colour', () => {
    const looks = (Object.keys(PROGRAMME_SHAPES) as ProgrammeId[]).map((p) => {
      const path = programmeSymbol(p).querySelector('path')!;
      return `${path.getAttribute('d')}|${path.getAttribute('fill')}`;
    });
    expect(new Set(looks).size).toBe(looks.length);
  });
});
