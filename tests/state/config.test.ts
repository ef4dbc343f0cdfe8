import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/data/config.ts';

describe('parseConfig', () => {
  it('takes a basemap style URL', () => {
    expect(parseConfig({ basemapStyle: 'https://example.org/style.json' })).toEqual({
      config: { basemapStyle: 'https://example.org/style.json', publicUrl: '' },
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

  it('takes a public address for exported links only if it is http or https', () => {
    expect(parseConfig({ publicUrl: 'https://maps.example.org/cq/' }).config.publicUrl).toBe(
      'https://maps.example.org/cq/',
    );
    expect(parseConfig({ publicUrl: 'javascript:alert(1)' }).malformed).toBe(true);
    expect(parseConfig({ publicUrl: 'not a url' }).malformed).toBe(true);
  });
});
