import { describe, expect, it } from 'vitest';
import { parseDirections, parseSectors, CONSUMER_FIELD_ROWS } from '../../src/pipeline/sectors.ts';
import { consumerSectors } from '../../src/pipeline/consumer-sectors.ts';
import { parseDistrictPlan } from '../../src/pipeline/district-plans.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const seeds = readSeeds();
const data = loadData();

describe('manufacturing sectors (002 专栏2–12)', () => {
  const sectors = parseSectors(seeds['002']);

  it('reads every field of the eleven sector 专栏, in order', () => {
    const perColumn = new Map<number, string[]>();
    for (const s of sectors) perColumn.set(s.column, [...(perColumn.get(s.column) ?? []), s.field]);
    expect([...perColumn.keys()]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(perColumn.get(2)).toEqual([
      '半导体',
      '新型显示',
      '新型智能终端',
      '先进传感器及智能仪器仪表',
      '新型电子元件',
      '软件',
    ]);
    expect(perColumn.get(11)).toEqual(Object.keys(CONSUMER_FIELD_ROWS));
    expect(perColumn.get(12)).toEqual(['钢铁', '绿色建材', '化工']);
    expect(sectors.find((s) => s.column === 8)!.columnTitle).toBe('电子产业发展重点');
  });

  it('keeps an entry whole across the seed’s page break, quoting it as written', () => {
    const terminals = sectors.find((s) => s.id === '专栏2:新型智能终端')!;
    expect(terminals.text.endsWith('服务机器人\n\n产品。')).toBe(true);
    expect(seeds['002']).toContain(terminals.source.quote);
    const machinery = sectors.find((s) => s.id === '专栏10:工程机械')!;
    expect(machinery.text).toContain('重型履带起重\n\n机');
  });

  it('quotes each field verbatim and ends each 专栏 before the next heading', () => {
    for (const s of sectors) {
      expect(s.source.quote).toBe(`${s.field}：${s.text}`);
      expect(s.text).not.toMatch(/\n\n(\d+\.|（|\()/);
    }
  });

  it('links 专栏11’s fields to real rows of the layout table, and only 专栏11', () => {
    const rows = new Set(data.layout.map((r) => r.id));
    for (const s of sectors) {
      if (s.column !== 11) expect(s.rows).toEqual([]);
      for (const r of s.rows) expect(rows.has(r), r).toBe(true);
    }
    expect(sectors.find((s) => s.field === '美妆产品')!.rows).toEqual(['日用化学产品制造']);
    expect(sectors.find((s) => s.field === '食品')!.text).toContain('中高端白酒');
  });
});

describe('川渝 cooperation directions (002 专栏17)', () => {
  const directions = parseDirections(seeds['002'], data.cooperation);

  it('reads the seven directions and stops before the next section', () => {
    expect(directions.map((d) => d.title)).toEqual([
      '联手打造具有国际竞争力的电子信息产业集群',
      '共建高水平汽车产业研发生产基地',
      '培育世界级装备制造产业集群',
      '培育特色消费品产业集群',
      '壮大先进材料产业',
      '共建西部大健康产业基地',
      '共建成渝工业互联网一体化发展示范区',
    ]);
    expect(directions.at(-1)!.text).not.toContain('一区两群');
  });

  it('attaches the consumer-goods direction to every 000 cooperation entry, and no other', () => {
    const consumer = directions.find((d) => d.title === '培育特色消费品产业集群')!;
    expect(consumer.cooperation.sort()).toEqual(data.cooperation.map((c) => c.id).sort());
    expect(consumer.text).toContain('打造川渝白酒优势产区');
    for (const d of directions) if (d !== consumer) expect(d.cooperation).toEqual([]);
  });
});

describe('consumer-goods sectors (000 targets)', () => {
  const sectors = consumerSectors(data.layout, data.targets);

  it('puts every row of the layout table in exactly one sector', () => {
    const all = sectors.flatMap((s) => s.rows);
    expect(all.sort()).toEqual(data.layout.map((r) => r.id).sort());
    expect(new Set(all).size).toBe(all.length);
    expect(sectors.find((s) => s.id === 'textile')!.rows).toContain('化学纤维制造业');
    expect(sectors.find((s) => s.id === 'food')!.rows).toContain('卷烟制造');
  });

  it('takes each sector’s output target from the 000 table as written', () => {
    const byId = Object.fromEntries(sectors.map((s) => [s.id, s]));
    const target = (id: string) => data.targets.find((t) => t.id === byId[id]!.target)!;
    expect([target('food').value2020, target('food').target2025]).toEqual(['1546', '2300']);
    expect([target('textile').value2020, target('textile').target2025]).toEqual(['185', '300']);
    expect([target('light').value2020, target('light').target2025]).toEqual(['1590', '2400']);
    for (const s of sectors) expect(s.note).toContain('原文以外');
  });

  it('refuses a layout row no sector covers', () => {
    const odd = { ...data.layout[0]!, id: 'x', gbDivision: 'C99' };
    expect(() => consumerSectors([...data.layout, odd], data.targets)).toThrow(/C99/);
  });
});

describe('district plan (004, 黔江)', () => {
  const plan = parseDistrictPlan('004', seeds['004'], {
    id: 'qj',
    place: '500114',
    title: '黔江区实施“三品建设”引领现代化产业发展的实施意见',
    titleEn: '',
  });

  it('reads the 2+3+3 pillars with their members', () => {
    expect(plan.pillars.map((p) => [p.id, p.code, p.members])).toEqual([
      ['2', '2', ['食品加工', '肉（猪、牛）制品', '蚕桑丝绸']],
      ['3a', '3', ['卷烟及配套', '铝材料', '玻纤', '新能源', '生物医药']],
      ['3b', '3', ['文化旅游', '大健康', '商业']],
    ]);
  });

  it('reads every action with its lead and responsible departments', () => {
    expect(plan.actions).toHaveLength(17);
    expect(plan.actions.map((a) => a.id).slice(0, 4)).toEqual([
      '（一）1',
      '（一）2',
      '（二）1',
      '（二）2',
    ]);
    const food = plan.actions.find((a) => a.id === '（一）2')!;
    expect(food.title).toBe('构建“安全健康”的食品加工品牌体系');
    expect(food.departments.lead).toEqual(['区农业农村委', '正阳工业园区管委会']);
    expect(food.departments.partners).toEqual(['区经济信息委', '区商务委', '区市场监管局']);
    expect(food.pillars).toEqual(['2']);
    // "（牵头单位：区商务委，责任单位：…" — a comma where the others have a semicolon.
    expect(plan.actions.find((a) => a.id === '（十）')!.departments.lead).toEqual(['区商务委']);
    for (const a of plan.actions) expect(seeds['004']).toContain(a.departments.source.quote);
  });

  it('reads each 2025 goal with its figure, every item inside its quoted sentence', () => {
    const items = plan.actions.flatMap((a) => a.goals.flatMap((g) => g.items));
    expect(items).toHaveLength(30);
    const food = plan.actions.find((a) => a.id === '（一）2')!.goals[0]!.items[0]!;
    expect(food).toEqual({
      text: '食品工业总产值达到6亿元以上',
      value: 6,
      unit: '亿元',
      qualifier: '以上',
    });
    const herbs = plan.actions.flatMap((a) => a.goals).flatMap((g) => g.items);
    expect(herbs.map((i) => i.text)).toContain(
      '建立青蒿、银杏、黄柏、桑枝和桑黄等具有黔江辨识度的中药材品牌5个',
    );
    for (const a of plan.actions)
      for (const g of a.goals) {
        expect(g.source.quote).toContain('2025年');
        for (const i of g.items) {
          expect(g.source.quote).toContain(i.text);
          expect(i.text).toContain(String(i.value));
        }
      }
  });

  it('is the plan data/ holds for 黔江', () => {
    expect(data.plans).toHaveLength(1);
    expect(data.plans[0]!.place).toBe('500114');
    expect(data.plans[0]!.actions).toEqual(plan.actions);
  });
});
