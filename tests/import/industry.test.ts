import { describe, expect, it } from 'vitest';
import {
  CLASSES,
  createIndustryReader,
  divisionOf,
  DIVISIONS,
  SECTOR_CODES,
} from '../../src/data/industries.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const reader = createIndustryReader(data.layout);

/** GB/T 4754-2017 manufacturing divisions, as the standard names them (C13–C43). */
const MANUFACTURING: Record<string, string> = {
  C13: '农副食品加工业',
  C14: '食品制造业',
  C15: '酒、饮料和精制茶制造业',
  C16: '烟草制品业',
  C17: '纺织业',
  C18: '纺织服装、服饰业',
  C19: '皮革、毛皮、羽毛及其制品和制鞋业',
  C20: '木材加工和木、竹、藤、棕、草制品业',
  C21: '家具制造业',
  C22: '造纸和纸制品业',
  C23: '印刷和记录媒介复制业',
  C24: '文教、工美、体育和娱乐用品制造业',
  C25: '石油、煤炭及其他燃料加工业',
  C26: '化学原料和化学制品制造业',
  C27: '医药制造业',
  C28: '化学纤维制造业',
  C29: '橡胶和塑料制品业',
  C30: '非金属矿物制品业',
  C31: '黑色金属冶炼和压延加工业',
  C32: '有色金属冶炼和压延加工业',
  C33: '金属制品业',
  C34: '通用设备制造业',
  C35: '专用设备制造业',
  C36: '汽车制造业',
  C37: '铁路、船舶、航空航天和其他运输设备制造业',
  C38: '电气机械和器材制造业',
  C39: '计算机、通信和其他电子设备制造业',
  C40: '仪器仪表制造业',
  C41: '其他制造业',
  C42: '废弃资源综合利用业',
  C43: '金属制品、机械和设备修理业',
};

describe('the industry table against GB/T 4754-2017', () => {
  it('holds every manufacturing division C13–C43 under the standard’s name', () => {
    const c = Object.fromEntries(
      DIVISIONS.filter((d) => d.code.startsWith('C')).map((d) => [d.code, d.name]),
    );
    expect(c).toEqual(MANUFACTURING);
  });

  it('holds the common non-manufacturing divisions a ledger names', () => {
    const names = new Map(DIVISIONS.map((d) => [d.code, d.name]));
    expect(names.get('F51')).toBe('批发业');
    expect(names.get('F52')).toBe('零售业');
    expect(names.get('G54')).toBe('道路运输业');
    expect(names.get('G59')).toBe('装卸搬运和仓储业');
    expect(names.get('I65')).toBe('软件和信息技术服务业');
    expect(names.get('K70')).toBe('房地产业');
    expect(names.get('L72')).toBe('商务服务业');
    expect(names.get('M73')).toBe('研究和试验发展');
    expect(names.get('A01')).toBe('农业');
  });

  it('has unique two-digit codes, each class inside a listed division', () => {
    const two = DIVISIONS.map((d) => d.code.slice(1));
    expect(new Set(two).size).toBe(two.length);
    for (const code of Object.keys(CLASSES)) expect(divisionOf(code), code).toBeDefined();
  });

  it('agrees with the layout table’s own division names (data/layout.json)', () => {
    for (const r of data.layout)
      expect(divisionOf(r.gbDivision)?.name, r.id).toBe(r.gbDivisionName);
  });

  it('every division resolves by its name and by its code', () => {
    for (const d of DIVISIONS) {
      const byName = reader.resolve(d.name);
      expect(byName.ok && byName.divisions, d.name).toEqual([d.code]);
      const byCode = reader.resolve(d.code);
      expect(byCode.ok && byCode.divisions, d.code).toEqual([d.code]);
    }
  });
});

describe('trade words, each match saying how it was made', () => {
  it.each([
    ['五金', 'C33', [], 'keyword'],
    ['五金制品', 'C33', [], 'keyword'],
    ['钟表', 'C40', [], 'keyword'],
    ['钟表与计时仪器制造', 'C40', [], 'class'],
    ['汽车零部件', 'C36', [], 'keyword'],
    ['汽车零部件及配件制造', 'C36', [], 'class'],
    ['锂电池', 'C38', [], 'keyword'],
    ['电子元件', 'C39', [], 'keyword'],
    ['化妆品', 'C26', ['日用化学产品制造'], 'keyword'],
    ['白酒', 'C15', ['酒的制造'], 'keyword'],
    ['baijiu', 'C15', ['酒的制造'], 'keyword'],
    ['Liquor', 'C15', ['酒的制造'], 'keyword'],
    ['auto parts', 'C36', [], 'keyword'],
    ['金属制品业', 'C33', [], 'division'],
    ['软件开发', 'I65', [], 'keyword'],
    ['物流园', 'G54', [], 'keyword'],
    ['C3670', 'C36', [], 'code'],
    ['65', 'I65', [], 'code'],
  ])('%s → %s %j (%s)', (raw, division, rows, how) => {
    const m = reader.resolve(raw);
    expect(m.ok && { division: m.divisions[0], rows: m.rows, how: m.how }).toEqual({
      division,
      rows,
      how,
    });
  });

  it('names the finest code it knows (钟表 → 4030 钟表与计时仪器制造, 汽车零部件 → 3670)', () => {
    const clocks = reader.resolve('钟表');
    expect(clocks.ok && clocks.codes).toEqual(['4030']);
    expect(CLASSES['4030']).toBe('钟表与计时仪器制造');
    const parts = reader.resolve('汽车零部件');
    expect(parts.ok && parts.codes).toEqual(['3670']);
    expect(CLASSES['3670']).toBe('汽车零部件及配件制造');
    const lithium = reader.resolve('锂电池');
    expect(lithium.ok && CLASSES[lithium.codes[0]!]).toBe('锂离子电池制造');
  });

  it('matches Latin words whole: “tea” is not in “steam”', () => {
    expect(reader.resolve('steam').ok).toBe(false);
    expect(reader.resolve('green tea')).toMatchObject({ ok: true, rows: ['精制茶加工'] });
  });

  it('refuses a section letter that is not the code’s (A33) and a code of no division', () => {
    expect(reader.resolve('A33').ok).toBe(false);
    expect(reader.resolve('99').ok).toBe(false);
  });
});

describe('what the plans’ own words are about', () => {
  it('reads every sector 专栏2–12 of 002 (a new field fails here)', () => {
    for (const s of data.sectors) expect(SECTOR_CODES[s.id], s.id).toBeDefined();
  });

  it('reads each national light-industry sector (003) as some industry', () => {
    for (const p of data.priorities)
      expect(p.rows.length > 0 || reader.resolve(p.sector).ok, p.sector).toBe(true);
  });

  it('reads 日用五金制品 as 金属制品 and 垫江钟表 as 钟表, not as a layout row', () => {
    expect(reader.about('日用五金制品')).toEqual(expect.arrayContaining(['338']));
    expect(reader.about('垫江钟表')).toEqual(['4030']);
  });

  it('reads 002’s sector words only in the 一区两群 sentences', () => {
    expect(reader.about('消费品工业集聚发展示范区')).toEqual([]);
    expect(reader.about('围绕电子、汽车摩托车', true)).toEqual(
      expect.arrayContaining(['39', '36']),
    );
  });
});
