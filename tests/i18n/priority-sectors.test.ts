/** Every national-priority sector the data holds has an English name (none shows in Chinese). */
import { describe, expect, it } from 'vitest';
import { PRIORITY_SECTOR_EN } from '../../src/i18n/en.ts';
import { prioritySector } from '../../src/i18n/index.ts';
import { loadData } from '../helpers.ts';

describe('national-priority sectors in English', () => {
  it('names every sector of data/priorities.json, in Latin letters', () => {
    const sectors = [...new Set(loadData().priorities.map((p) => p.sector))];
    expect(sectors.length).toBeGreaterThan(20);
    const missing = sectors.filter((s) => !/^[A-Z][A-Za-z ,'-]+$/.test(prioritySector(s, 'en')));
    expect(missing).toEqual([]);
    expect(prioritySector('酿酒', 'zh')).toBe('酿酒');
  });
  it('holds no name the data does not use (a renamed sector is caught)', () => {
    const sectors = new Set(loadData().priorities.map((p) => p.sector));
    expect(Object.keys(PRIORITY_SECTOR_EN).filter((s) => !sectors.has(s))).toEqual([]);
  });
});
