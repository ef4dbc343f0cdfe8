/**
 * The report of a project list as text and as a CSV file: every row with its status, what it
 * resolved to and how, its plan-fit verdict and the sentence behind it, and its issues. Cells
 * are neutralised against spreadsheet formula injection (src/lib/cells.ts) and quoted as
 * RFC 4180 wants.
 */
import type { DataFiles } from '../data/types.ts';
import type { Lang } from '../types/lang.ts';
import { listText, t } from '../i18n/index.ts';
import { docTitle } from '../data/seeds.ts';
import { csvField, safeCell } from '../lib/cells.ts';
import { industryLabel } from '../data/industries.ts';

export { csvField, safeCell };
import type { ProjectList, ProjectRow, RowIssue } from './projects.ts';

const T = {
  zh: {
    head: [
      '行',
      '项目',
      '投资主体',
      '区县（原文）',
      '区县',
      '区县匹配方式',
      '行业（原文）',
      '小类',
      '行业匹配方式',
      '投资额（亿元）',
      '阶段',
      '日期',
      '状态',
      '结论',
      '依据',
      '出处',
      '问题',
    ],
    status: { resolved: '已解析', partial: '部分解析', unresolved: '未解析' },
    verdict: {
      planned: '规划布局',
      supported: '有支撑',
      elsewhere: '规划在别处',
      priority: '规划重点未分区县',
      none: '无对应',
    },
    how: {
      exact: '全名/简称',
      alias: '旧名/别名',
      pinyin: '拼音',
      english: '英文',
      address: '地址中含',
      town: '地址中的乡镇街道',
      subcategory: '小类名',
      category: '门类名',
      code: '国标代码',
      keyword: '行业俗称',
      division: '国标大类名',
      class: '国标类别名',
    },
  },
  en: {
    head: [
      'Row',
      'Project',
      'Investor',
      'Place (as given)',
      'Place',
      'Place matched by',
      'Industry (as given)',
      'Sub-industries',
      'Industry matched by',
      'Investment (100M yuan)',
      'Stage',
      'Date',
      'Status',
      'Verdict',
      'Because',
      'Source',
      'Issues',
    ],
    status: { resolved: 'resolved', partial: 'partly resolved', unresolved: 'unresolved' },
    verdict: {
      planned: 'planned here',
      supported: 'supported here',
      elsewhere: 'planned elsewhere',
      priority: 'plan priority, no district',
      none: 'no match',
    },
    how: {
      exact: 'name',
      alias: 'old name',
      pinyin: 'pinyin',
      english: 'English',
      address: 'address',
      town: 'town or street in the address',
      subcategory: 'sub-industry',
      category: 'industry',
      code: 'GB/T code',
      keyword: 'trade word',
      division: 'GB/T division name',
      class: 'GB/T class name',
    },
  },
} as const;

/**
 * A file name set apart from the sentence around it (U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE): a right-to-left mark in a name cannot turn the sentence round. Marks
 * already around it are not doubled.
 */
export function isolate(name: string): string {
  const bare = name.replace(/^\u2068(.*)\u2069$/su, '$1');
  return `\u2068${bare}\u2069`;
}

/** The amount column's head: in 亿元, or in 万美元 when the ledger's header says so. */
function amountHead(list: ProjectList, lang: Lang): string {
  const usd = list.amount?.unit === '万美元';
  if (lang === 'zh') return usd ? '投资额（万美元）' : '投资额（亿元）';
  return usd ? 'Investment (10k US$)' : 'Investment (100M yuan)';
}

export function statusText(s: ProjectRow['status'], lang: Lang): string {
  return T[lang].status[s];
}
export function verdictText(v: NonNullable<ProjectRow['fit']>['verdict'], lang: Lang): string {
  return t(lang, `verdict_${v}`);
}
export function howText(h: keyof (typeof T)['zh']['how'], lang: Lang): string {
  return T[lang].how[h];
}

/** One issue as a sentence in the reader's language. */
export function issueText(i: RowIssue, data: DataFiles, lang: Lang): string {
  const name = (id: string) => {
    const p = data.places.find((x) => x.id === id);
    return p ? (lang === 'zh' ? p.name : p.en) : id;
  };
  const zh = lang === 'zh';
  switch (i.kind) {
    case 'empty':
      return zh ? '空行' : 'empty row';
    case 'duplicate':
      return zh ? `与第 ${i.of} 行重复` : `duplicate of row ${i.of}`;
    case 'place': {
      const m = i.match;
      if (m.reason === 'ambiguous')
        return zh
          ? `区县不唯一：${listText('zh', m.candidates.map(name), 'or')}`
          : `ambiguous place: ${listText('en', m.candidates.map(name), 'or')}`;
      if (m.reason === 'empty') return zh ? '未填区县' : 'no place given';
      return zh ? '区县不明' : 'unknown place';
    }
    case 'industry':
      return i.match.reason === 'empty'
        ? zh
          ? '未填行业'
          : 'no industry given'
        : t(lang, 'industryUnknown');
    case 'amount':
      return zh ? `投资额不是数字：${i.value}` : `amount is not a number: ${i.value}`;
    case 'currency':
      return zh
        ? `投资额“${i.value}”与本列（${i.column}）币种不同：资料中没有汇率，未折算，不计入合计`
        : `amount “${i.value}” is in another currency than its column (${i.column === '亿元' ? '100 million yuan' : '10,000 US dollars'}): no exchange rate in our sources, so it is not converted and not summed`;
    case 'date':
      return zh ? `日期无法识别：${i.value}` : `not a date: ${i.value}`;
    case 'outside': {
      const p = data.places.find((x) => x.id === i.place);
      const prov = i.province === 'sichuan' ? (zh ? '四川省' : 'Sichuan') : i.province;
      return zh
        ? `${p?.name ?? i.place}在${prov}，不在重庆市的规划范围内：结论只说重庆的规划把这一行业放在哪里`
        : `${p?.en ?? i.place} is in ${prov}, outside Chongqing's plans: the verdict only says where Chongqing's plans put this industry`;
    }
    case 'formula':
      return zh
        ? `公式未计算（${i.cells.join('、')}），读作空白：请在 Excel/WPS 中打开并保存后再导入`
        : `formula not calculated (${i.cells.join(', ')}), read as blank: open the file in Excel or WPS, save it and import it again`;
  }
}

/** The report as CSV (UTF-8 with BOM, so Excel reads the Chinese). */
export function reportCsv(list: ProjectList, data: DataFiles, lang: Lang): string {
  const t = T[lang];
  const placeName = (id: string) => {
    const p = data.places.find((x) => x.id === id);
    return p ? (lang === 'zh' ? p.name : p.en) : id;
  };
  const head = t.head.map((x, i) => (i === 9 ? amountHead(list, lang) : x));
  const lines = [head.map(csvField).join(',')];
  for (const r of list.rows) {
    const reason = r.fit?.reasons[0];
    lines.push(
      [
        r.n,
        r.name,
        r.investor,
        r.placeText,
        r.place ? placeName(r.place.id) : '',
        r.place ? t.how[r.place.how] : '',
        r.industryText,
        r.industry ? industryLabel(r.industry, lang, data.layout) : '',
        r.industry ? t.how[r.industry.how] : '',
        // A number stays a number (−2 is −2 to a spreadsheet, not the text '-2).
        r.amount ?? '',
        r.stage,
        r.date ?? '',
        t.status[r.status],
        r.fit ? verdictText(r.fit.verdict, lang) : '',
        r.fit?.verdict === 'elsewhere'
          ? listText(lang, r.fit.elsewhere.map(placeName))
          : reason
            ? reason.label
            : '',
        reason
          ? `${docTitle(reason.source.doc, lang)} ${lang === 'zh' ? '第' : 'line '}${reason.source.line}${lang === 'zh' ? '行：' : ': '}${reason.source.quote.replace(/\s+/g, ' ').trim()}`
          : '',
        r.issues.map((i) => issueText(i, data, lang)).join(lang === 'zh' ? '；' : '; '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/**
 * The report as JSON: one object a row with the same fields as the CSV, plus the full reasons
 * with their sources. Strings are neutralised as CSV cells are (a spreadsheet importing the JSON
 * must not run them either).
 */
export function reportJson(list: ProjectList, data: DataFiles, lang: Lang): string {
  const safe = (v: string) => safeCell(v);
  const rows = list.rows.map((r) => ({
    row: r.n,
    name: safe(r.name),
    investor: safe(r.investor),
    placeGiven: safe(r.placeText),
    place: r.place ? { id: r.place.id, how: r.place.how, matched: safe(r.place.matched) } : null,
    industryGiven: safe(r.industryText),
    industry: r.industry
      ? {
          rows: r.industry.rows,
          gb: r.industry.codes,
          divisions: r.industry.divisions,
          how: r.industry.how,
          matched: safe(r.industry.matched),
        }
      : null,
    amount100mYuan: r.amount,
    stage: safe(r.stage),
    date: r.date,
    status: r.status,
    verdict: r.fit?.verdict ?? null,
    elsewhere: r.fit?.elsewhere ?? [],
    reasons: (r.fit?.reasons ?? []).map((x) => ({
      kind: x.kind,
      label: x.label,
      source: x.source,
    })),
    issues: r.issues.map((i) => safe(issueText(i, data, lang))),
  }));
  // Total rows are not projects: apart, with the sum they were checked against.
  const totals = list.totals.map((x) => ({ ...x, label: safe(x.label) }));
  return JSON.stringify(
    {
      counts: list.counts,
      amount: list.amount,
      totals,
      // Cells holding a formula with no saved value, read as blank (A1 style).
      uncalculated: list.uncalculated,
      rows,
    },
    null,
    1,
  );
}
