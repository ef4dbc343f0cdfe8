import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/data/config.ts';

describe('parseConfig', () => {
  it('takes a basemap style URL', () => {
    expect(parseConfig({ basemapStyle: 'https://example.org/style.json' })).toEqual({
      config: { basemapStyle: 'https://example.org/style.json' },
      malformed: false,
    });
  });

  it('reports a file that is not configuration, and keeps the defaults', () => {
    expect(parseConfig('nonsense').malformed).toBe(true);
    expect(parseConfig({ basemapStyle: 42 })).toMatchObject({
      malformed: true,
      config: { basemapStyle: '' },
    });
  });
});
