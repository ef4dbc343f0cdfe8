import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/build-data.ts';
import type { DataFiles } from '../../src/data/types.ts';
import { placeById } from '../../src/pipeline/gazetteer.ts';
import type { Source } from '../../src/pipeline/seed-text.ts';
import { ROOT, readSeeds } from '../../scripts/lib/seeds.ts';

const seeds = readSeeds();
const dataDir = join(ROOT, 'data');
/** Files edited by hand, not made by `npm run data` (their quotes are still checked below). */
const HAND_EDITED = ['tour.json'];
const committed = Object.fromEntries(
  readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dataDir, f), 'utf8'))]),
) as DataFiles;

function sources(value: unknown, out: Source[] = []): Source[] {
  if (Array.isArray(value)) for (const v of value) sources(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o['source'] && typeof o['source'] === 'object') out.push(o['source'] as Source);
    for (const v of Object.values(o)) if (v !== o['source']) sources(v, out);
  }
  return out;
}

describe('data/', () => {
  it('is what npm run data makes from the seeds (no hand edits)', () => {
    const built = JSON.parse(JSON.stringify(buildData(seeds))) as DataFiles;
    const generated = Object.keys(committed).filter((k) => !HAND_EDITED.includes(`${k}.json`));
    expect(generated.sort()).toEqual(Object.keys(built).sort());
    for (const k of Object.keys(built) as (keyof DataFiles)[])
      expect(committed[k], k).toEqual(built[k]);
  });

  it('quotes every record verbatim from its seed, at the line it names', () => {
    const all = sources(committed);
    expect(all.length).toBeGreaterThan(100);
    for (const s of all) {
      const text = seeds[s.doc];
      const at = text.indexOf(s.quote);
      expect(at, `${s.doc}: ${s.quote.slice(0, 40)}`).toBeGreaterThanOrEqual(0);
      expect(text.slice(0, at).split('\n').length, s.quote.slice(0, 40)).toBe(s.line);
    }
  });

  it('has a record for every sub-industry and base, each resolved to a known place', () => {
    expect(committed.layout).toHaveLength(24);
    for (const r of committed.layout)
      for (const p of r.places) expect(placeById(p), p).toBeDefined();
    for (const b of committed.bases) {
      for (const p of [b.place, ...b.partners, ...b.inferredPartners])
        expect(placeById(p), p).toBeDefined();
    }
  });

  it('lists 荣昌 and 奉节 for 眼镜制造, with the classification oddity recorded', () => {
    const r = committed.layout.find((x) => x.id === '眼镜制造');
    expect(r?.places).toEqual(['500153', '500236']);
    expect(r).toMatchObject({ category: '电气机械和器材制造业', gb: '3587', gbDivision: 'C35' });
    expect(r?.note).toMatch(/C35/);
  });

  it("records 塑料制品业 with the table's 门类 and its own GB/T 4754 division", () => {
    const r = committed.layout.find((x) => x.id === '塑料制品业');
    expect(r).toMatchObject({
      category: '化学纤维制造业',
      categoryInherited: true,
      gb: '292',
      gbDivision: 'C29',
    });
  });

  it('keeps 万盛 as a functional zone in 精制茶加工, not as a county', () => {
    const r = committed.layout.find((x) => x.id === '精制茶加工');
    expect(r?.places).toContain('zone-wansheng');
    expect(r?.note).toMatch(/功能区/);
  });

  it('gives a district with two themes two records (万州, 云阳)', () => {
    const wanzhou = committed.bases.filter(
      (b) => b.programme === 'eco-fusion' && b.place === '500101',
    );
    expect(wanzhou.map((b) => b.theme)).toEqual(['粮油仓储物流加工基地', '绿色照明特色产业基地']);
    expect(
      committed.bases.filter((b) => b.place === '500235' && b.programme === 'eco-fusion'),
    ).toHaveLength(2);
  });

  it('names the Sichuan partners of each cooperation entry', () => {
    const byTheme = (t: string) => committed.cooperation.find((c) => c.theme === t);
    expect(byTheme('日用玻陶、食品等优势产业集群')?.partners).toEqual(['511000', '511083']);
    expect(byTheme('泸永江消费品工业合作示范区')).toMatchObject({
      places: ['500116', '500118'],
      partners: ['510500'],
    });
    expect(byTheme('美妆产业基地')?.partners).toEqual(['510107']);
    expect(byTheme('明月山绿色食品加工产业带')).toMatchObject({
      partners: [],
      framework: 'mingyueshan',
    });
    expect(byTheme('明月山绿色食品加工产业带')?.inferredPartners).toHaveLength(4);
  });

  it('has the 2+N zones and the national demonstration bases', () => {
    const of = (p: string) => committed.bases.filter((b) => b.programme === p).map((b) => b.place);
    expect(of('two-plus-n')).toEqual(['500113', '500116']);
    expect(of('national-demo')).toEqual(['500116', '500102']);
  });

  it('marks the partial members of the two trillion-yuan belts', () => {
    const [a, b] = committed.belts;
    expect(a?.members.filter((m) => m.partial).map((m) => m.text)).toEqual([
      '两江新区（鱼复组团）',
      '垫江西南部',
    ]);
    expect(b?.members.find((m) => m.text === '北碚西部槽谷地带')?.partial).toBe(true);
  });

  it('takes the targets tables cell for cell', () => {
    const food = committed.targets.find((t) => t.doc === '000' && t.name === '食品行业');
    expect(food).toMatchObject({
      category: '规模以上工业产值（亿元）',
      value2020: '1546',
      target2025: '2300',
      unit: '亿元',
    });
    const out = committed.targets.find(
      (t) => t.doc === '002' && t.name.startsWith('规模以上工业产值'),
    );
    expect(out).toMatchObject({ value2020: '22655', target2025: '30000', growth: '6%' });
    expect(committed.targets.filter((t) => t.doc === '000')).toHaveLength(14);
    expect(committed.targets.filter((t) => t.doc === '002')).toHaveLength(20);
  });

  it('fails npm run data on an unknown place, naming it with the document and line', () => {
    const broken = { ...seeds, '000': seeds['000'].replace('荣昌、奉节', '荣昌、火星') };
    expect(() => buildData(broken)).toThrow(/unknown place "火星" in seed 000, line 256/);
  });

  it('records where 一区两群 membership comes from', () => {
    for (const g of committed.groups) expect(g.membersFrom).toBe('outside');
    expect(committed.groups.flatMap((g) => g.members)).toHaveLength(38 + 3);
  });
});
