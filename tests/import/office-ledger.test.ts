/**
 * An office's ledger as kept in Excel/WPS — a merged title row, a 填报单位/统计截至 line, the header
 * on row 3, 50 projects from across manufacturing and the common services with towns and streets
 * in their addresses, 万元, dates, a 合计 row — read as the import reads it (readTables → the
 * header finder → resolveProjects). At least 95% of its projects get a place, an industry and a
 * verdict; every verdict but "none" is cited; and the rows a plan reader knows get that reader's
 * verdict. (A row that fails is the resolver's to fix, not this list's to lose.)
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { checkTable, guessMapping } from '../../src/import/parse.ts';
import { resolveProjects, type ProjectRow } from '../../src/import/projects.ts';
import { readTables } from '../../src/import/read.ts';
import { issueText } from '../../src/import/report.ts';
import { loadData } from '../helpers.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';

const data = loadData();
const seeds = readSeeds();

/** [project, investor, industry as written, 建设地点 as written, 万元] */
const PROJECTS: [string, string, string, string, number][] = [
  ['龙水五金产业园', '某五金制品有限公司', '五金', '大足区龙水镇', 125000],
  ['新能源汽车零部件', '某汽车部件公司', '汽车零部件', '两江新区', 300000],
  ['清香型白酒扩产', '某酒业有限公司', '白酒', '江津区德感街道', 80000],
  ['动力电池模组', '某锂电公司', '锂电池', '青杠街道', 150000],
  ['片式电子元件', '某电子公司', '电子元件', '重庆市沙坪坝区西永街道', 60000],
  ['石英钟表生产线', '某钟表公司', '钟表', '垫江县', 12000],
  ['日化洗护基地', '某日化公司', '化妆品', '重庆市巴南区', 30000],
  ['榨菜精深加工', '某食品公司', '食品加工', '涪陵区', 45000],
  ['火锅底料工厂', '某调味品公司', '火锅底料', '永川区', 21000],
  ['眼镜产业园', '某眼镜公司', '眼镜', '奉节县', 50000],
  ['夏布服饰', '某纺织公司', '纺织服装', '荣昌区', 8000],
  ['中药饮片', '某药业公司', '医药制造', '重庆市北碚区', 40000],
  ['生物药中试基地', '某生物公司', '生物医药', '重庆市巴南区界石镇', 90000],
  ['功率芯片封测', '某半导体公司', '集成电路', '西永微电园', 200000],
  ['工业软件中心', '某软件公司', '软件和信息技术服务', '渝北区', 15000],
  ['城市配送中心', '某物流公司', '物流', '重庆市江北区', 25000],
  ['冷链仓储', '某供应链公司', '仓储物流', '重庆市九龙坡区西彭镇', 18000],
  ['高性能材料', '某材料公司', '新材料', '长寿区', 110000],
  ['精细化工', '某化工公司', '化工', '长寿区晏家街道', 95000],
  ['塑料包装', '某包装公司', '塑料制品', '合川区', 9000],
  ['定制家具', '某家居公司', '家具制造', '南岸区', 11000],
  ['粮油加工', '某粮油公司', '农副食品加工', '潼南区', 16000],
  ['饮料灌装', '某饮品公司', '饮料', '重庆市万州区', 14000],
  ['名优茶加工', '某茶业公司', '茶叶', '永川区', 6000],
  ['摩托车整车', '某摩托车公司', '摩托车', '重庆市綦江区', 70000],
  ['智能装备产业园', '某装备公司', '智能装备', '重庆市九龙坡区', 55000],
  ['工业机器人', '某机器人公司', '机器人', '两江新区', 65000],
  ['电子信息产业园', '某电子公司', '电子信息', '重庆市南川区', 42000],
  ['包装纸生产线', '某纸业公司', '造纸', '江津区珞璜镇', 38000],
  ['新型建材', '某建材公司', '建材', '忠县', 22000],
  ['水泥技改', '某水泥公司', '水泥', '重庆市秀山县', 19000],
  ['包装印刷', '某印务公司', '印刷', '重庆市渝中区', 3000],
  ['特色餐饮街区', '某餐饮公司', '餐饮', '渝中区解放碑街道', 5000],
  ['商业综合体', '某置业公司', '房地产', '江北区', 260000],
  ['商贸城', '某商贸公司', '批发零售', '重庆市沙坪坝区', 33000],
  ['文旅小镇', '某文旅公司', '文化旅游', '武隆区', 120000],
  ['金融后台中心', '某金融公司', '金融', '江北区', 20000],
  ['装配式建筑', '某建工公司', '建筑业', '巴南区', 28000],
  ['通用设备制造', '某机械公司', '通用设备', '重庆市铜梁区', 17000],
  ['专用设备制造', '某装备公司', '专用设备', '重庆市大足区', 13000],
  ['储能变流器', '某电气公司', '电气机械', '重庆市璧山区', 47000],
  ['智能仪表', '某仪表公司', '仪器仪表', '重庆市江津区双福街道', 12000],
  ['橡胶密封件', '某橡胶公司', '橡胶制品', '重庆市南岸区', 7000],
  ['金属结构件', '某金属公司', '金属制品', '重庆市涪陵区', 10000],
  ['铝合金材料', '某铝业公司', '有色金属', '重庆市南川区', 85000],
  ['特钢深加工', '某钢铁公司', '钢铁', '长寿区', 130000],
  ['皮具加工', '某皮具公司', '皮革制品', '重庆市璧山区', 4000],
  ['女鞋生产基地', '某鞋业公司', '鞋', '璧山区', 9000],
  ['玩具制造', '某玩具公司', '玩具', '重庆市梁平区', 3500],
  ['酱香白酒项目', '某酒业公司', '酒的制造', '四川省泸州市', 60000],
];

const HEADER = [
  '序号',
  '项目名称',
  '投资主体',
  '所属行业',
  '建设地点',
  '计划总投资（万元）',
  '项目进度',
  '签约时间',
  '备注',
];

async function readLedger() {
  const sum = PROJECTS.reduce((s, p) => s + p[4], 0);
  const rows: unknown[][] = [
    ['2025年某区招商引资项目台账'],
    ['填报单位：某区投资促进中心', null, null, null, '统计截至：2025年11月30日'],
    HEADER,
    ...PROJECTS.map(([name, investor, industry, place, amount], i) => [
      i + 1,
      name,
      investor,
      industry,
      place,
      amount,
      i % 3 ? '在建' : '已签约',
      new Date(2025, i % 12, 1 + (i % 27)),
      null,
    ]),
    ['合计', null, null, null, null, sum, null, null, null],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  ws['!merges'] = [XLSX.utils.decode_range('A1:I1')];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const r = await readTables(bytes, '招商引资项目台账.xlsx');
  if (!r.ok) throw new Error(r.problem);
  const t = checkTable(r.sheets[r.chosen]!.cells, r.encoding, r.delimiter);
  if (!t.ok) throw new Error(t.problem);
  return { t, list: resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines) };
}

const byName = (rows: ProjectRow[], name: string) => rows.find((r) => r.name === name)!;
const quoted = (doc: string, quote: string) =>
  (seeds as Record<string, string>)[doc]!.replace(/\s+/g, '').includes(quote.replace(/\s+/g, ''));

describe('an office ledger, as kept', () => {
  it('opens unedited: header on row 3, the 合计 row a checked total, every project a row', async () => {
    const { t, list } = await readLedger();
    expect(t.found.row).toBe(2);
    expect(list.rows).toHaveLength(PROJECTS.length);
    expect(list.rows[0]!.n).toBe(4);
    expect(list.totals).toHaveLength(1);
    expect(list.totals[0]).toMatchObject({ kind: '合计', agrees: true, rows: PROJECTS.length });
    expect(list.amount).toMatchObject({ stated: '万元', unit: '亿元' });
    expect(list.rows.every((r) => r.date && r.amount !== null)).toBe(true);
  });

  it('at least 95% of its projects get a place, an industry and a verdict, each cited', async () => {
    const { list } = await readLedger();
    const full = list.rows.filter((r) => r.place && r.industry && r.fit);
    const missed = list.rows.filter((r) => !full.includes(r)).map((r) => r.name);
    expect(
      full.length / list.rows.length,
      `not resolved: ${missed.join('、')}`,
    ).toBeGreaterThanOrEqual(0.95);
    for (const r of full)
      if (r.fit!.verdict !== 'none') {
        expect(r.fit!.reasons.length, r.name).toBeGreaterThan(0);
        for (const reason of r.fit!.reasons)
          expect(quoted(reason.source.doc, reason.source.quote), `${r.name}: ${reason.label}`).toBe(
            true,
          );
      }
  });

  it('gives the verdicts a reader of the plans would', async () => {
    const { list } = await readLedger();
    const rows = list.rows;
    // 五金 in 大足 (by its town, 龙水镇): supported, 大足五金 cited.
    const wujin = byName(rows, '龙水五金产业园');
    expect(wujin.place!.id).toBe('500111');
    expect(wujin.fit!.verdict).toBe('supported');
    expect(wujin.fit!.reasons.map((r) => r.label)).toContain('大足五金');
    // 汽车零部件 in 两江新区: a city priority of the manufacturing plan (002), cited.
    const parts = byName(rows, '新能源汽车零部件');
    expect(parts.fit!.verdict).toBe('priority');
    expect(parts.fit!.reasons[0]!.source.doc).toBe('002');
    // 白酒 in 江津 (德感街道): planned, the layout table's 酒的制造 row cited.
    const baijiu = byName(rows, '清香型白酒扩产');
    expect(baijiu.place!.id).toBe('500116');
    expect(baijiu.fit!.verdict).toBe('planned');
    expect(baijiu.fit!.reasons[0]).toMatchObject({ kind: 'layout', label: '酒的制造' });
    // 锂电池 at 青杠街道 (no district named): 璧山, by the town table.
    expect(byName(rows, '动力电池模组').place).toMatchObject({ id: '500120', how: 'town' });
    // 钟表 in 垫江: the 垫江钟表 brand.
    expect(byName(rows, '石英钟表生产线').fit!.reasons.map((r) => r.label)).toContain('垫江钟表');
    // 酒的制造 in 泸州 — not Chongqing: said, and the plans' places for it named.
    const luzhou = byName(rows, '酱香白酒项目');
    expect(luzhou.place!.id).toBe('510500');
    const outside = luzhou.issues.find((i) => i.kind === 'outside')!;
    expect(issueText(outside, data, 'zh')).toContain('泸州市在四川省，不在重庆市的规划范围内');
    expect(issueText(outside, data, 'en')).toContain("outside Chongqing's plans");
    expect(luzhou.fit!.verdict).toBe('elsewhere');
    expect(luzhou.fit!.elsewhere).toContain('500116');
    // A Chongqing row says nothing of the kind.
    expect(baijiu.issues.some((i) => i.kind === 'outside')).toBe(false);
  });
});
