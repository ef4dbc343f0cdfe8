// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PROGRAMME_SHAPES, SYMBOL_STROKE, symbolPath } from '../../src/map/layers/icons.ts';
import { PROGRAMME_COLOURS } from '../../src/map/style.ts';
import { programmeSymbol } from '../../src/panels/symbols.ts';
import type { ProgrammeId } from '../../src/data/types.ts';

describe('programmeSymbol', () => {
  it('is the path the map draws, in its colour, as an image that names nothing', () => {
    for (const p of Object.keys(PROGRAMME_SHAPES) as ProgrammeId[]) {
      const img = programmeSymbol(p);
      expect(img.src.startsWith('data:image/svg+xml,')).toBe(true);
      const svg = new DOMParser().parseFromString(
        decodeURIComponent(img.src.slice('data:image/svg+xml,'.length)),
        'image/svg+xml',
      );
      const path = svg.querySelector('path')!;
      expect(path.getAttribute('d')).toBe(symbolPath(PROGRAMME_SHAPES[p], 8, 8, 16));
      expect(path.getAttribute('fill')).toBe(PROGRAMME_COLOURS[p]);
      expect(Number(path.getAttribute('stroke-width'))).toBeCloseTo(16 * SYMBOL_STROKE);
      expect(img.alt).toBe('');
      expect(img.getAttribute('aria-hidden')).toBe('true');
    }
  });
});
