import { describe, expect, it } from 'vitest';
import {
  CITY_WIDE_BRANDS,
  extractBrands,
  NOT_BRANDS,
  PRODUCTS_EN,
} from '../../src/pipeline/brands.ts';
import { placeById } from '../../src/pipeline/gazetteer.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';

const seeds = readSeeds();
const brands = extractBrands(seeds);
const byName = new Map(brands.map((b) => [b.name, b]));

describe('regional brands', () => {
  it('finds every brand the plans name, each in its place', () => {
    const expected: Record<string, string> = {
      大足五金: '大足区',
      奉节眼镜: '奉节县',
      垫江钟表: '垫江县',
      梁平塑料: '梁平区',
      永川造纸: '永川区',
      巴南日化: '巴南区',
      荣昌夏布: '荣昌区',
      城口漆器: '城口县',
      綦江版画: '綦江区',
      荣昌生猪: '荣昌区',
      丰都肉牛: '丰都县',
      石柱肉兔: '石柱土家族自治县',
      涪陵榨菜: '涪陵区',
      黔江羊肚菌: '黔江区',
      黔江鸡杂: '黔江区',
    };
    for (const [name, place] of Object.entries(expected)) {
      const b = byName.get(name);
      expect(b, name).toBeDefined();
      expect(placeById(b!.place)?.name, name).toBe(place);
    }
  });

  it('keeps one record per brand although 001 repeats its paragraphs', () => {
    // 001 names 奉节眼镜 twice (a repeated paragraph): one record, citing the first.
    expect(seeds['001'].split('奉节眼镜').length - 1).toBe(2);
    expect(brands.filter((b) => b.name === '奉节眼镜')).toHaveLength(1);
    const b = byName.get('奉节眼镜')!;
    expect(seeds['001'].indexOf(b.source.quote)).toBeLessThanOrEqual(
      seeds['001'].indexOf('奉节眼镜'),
    );
    // Named in 000 and 001: one record that cites both.
    const dazu = byName.get('大足五金')!;
    expect([dazu.source.doc, ...dazu.mentions.map((m) => m.source.doc)]).toEqual(['000', '001']);
  });

  it('quotes the sentence that names each brand, verbatim', () => {
    for (const b of brands)
      for (const s of [b.source, ...b.mentions.map((m) => m.source)]) {
        expect(seeds[s.doc]).toContain(s.quote);
        expect(s.quote.includes(b.name) || b.note !== undefined, b.name).toBe(true);
      }
  });

  it('has English for every product, and leaves out what is not a brand', () => {
    for (const b of brands) expect(PRODUCTS_EN[b.product], b.product).toBeTruthy();
    for (const name of Object.keys(NOT_BRANDS)) expect(byName.has(name)).toBe(false);
  });

  it('takes the brands the seeds call 公共品牌 or 餐饮品牌 too (山韵黔江, 青菜牛肉), citing their sentence', () => {
    expect(byName.get('山韵黔江')?.source.quote).toContain('“山韵黔江”公共品牌');
    expect(byName.get('青菜牛肉')?.source.quote).toContain('餐饮品牌');
    expect(byName.get('青菜牛肉')?.place).toBe('500114');
  });

  it('leaves the city-wide 区域品牌 to no district, each named in the consumer-goods plan', () => {
    for (const name of CITY_WIDE_BRANDS) {
      expect(seeds['000']).toContain(`“${name}”`);
      expect(byName.has(name)).toBe(false);
    }
  });
});

describe('区域品牌 in 000 (issue 20)', () => {
  it('reads “支持忠县等塑造“三峡”区域品牌” as a 三峡 brand for 忠县, recording the 等', () => {
    const b = byName.get('三峡');
    expect(b).toBeDefined();
    expect(placeById(b!.place)?.name).toBe('忠县');
    expect(b!.source.doc).toBe('000');
    expect(b!.source.quote).toContain('支持忠县等塑造“三峡”区域品牌');
    expect(seeds['000'].includes(b!.source.quote)).toBe(true);
    expect(b!.note).toContain('等');
  });
});
