/**
 * One subject at a time: when industries are selected, which bases, brands and 川渝 entries are
 * about them. A handout for a liquor investor should show the liquor bases, not every programme's.
 *
 * The plans do not tag their bases, brands or cooperation entries with a layout row; the link is
 * read from their own words (a base's theme, a brand's name and product, an entry's theme) by the
 * table below. *This is an interpretation*, written down here and in the README: a theme that names
 * no industry ("消费品工业集聚发展示范区", "国家新型工业化产业示范基地") is about none in particular,
 * so it is left out while a subject is chosen; "食品" is about every row of the two food 门类.
 */
import type {
  BaseRecord,
  BrandRecord,
  CooperationRecord,
  DataFiles,
  LayoutRecord,
} from '../data/types.ts';
import { activeRows } from './selectors.ts';
import type { ViewState } from './store.ts';

/**
 * Words by which a text is about a layout row (keyed by the row's id), checked against every
 * base theme, brand and 川渝 entry in `tests/state/subject.test.ts`. A pattern, not a word, where a
 * word alone would mislead: 油茶 (camellia oil) is not tea.
 */
export const ROW_WORDS: Readonly<Record<string, readonly RegExp[]>> = {
  谷物磨制: [/粮/, /小面/, /谷物/],
  饲料加工: [/饲料/],
  植物油加工: [/粮油/, /油茶/, /植物油/],
  屠宰及肉类加工: [/肉/, /生猪/, /黑猪/, /畜禽/],
  '蔬菜、菌类、水果和坚果加工': [/果蔬/, /蔬菜/, /榨菜/, /菌/, /猕猴桃/, /水果/, /坚果/],
  方便食品制造: [/小面/, /预制菜/, /方便食品/, /休闲食品/],
  乳制品制造: [/乳/],
  '调味品、发酵制品制造': [/调味/, /发酵/],
  酒的制造: [/酒/],
  饮料制造: [/饮料/],
  精制茶加工: [/(?<!油)茶/],
  卷烟制造: [/烟/],
  纺织业: [/纺织/, /丝绸/, /茧丝/, /夏布/, /蚕茧/],
  '纺织服装、服饰业': [/服装/, /服饰/],
  制鞋业: [/鞋/],
  家具制造业: [/家具/],
  造纸和纸制品业: [/纸/],
  '文教、工美、体育和娱乐用品制造业': [/工艺/, /工美/, /版画/, /漆器/, /文教/, /体育/],
  日用化学产品制造: [/日化/, /美妆/, /个护/, /化妆/],
  化学纤维制造业: [/化纤/, /化学纤维/],
  塑料制品业: [/塑料/],
  玻璃制品制造: [/玻/],
  照明器具制造: [/照明/],
  眼镜制造: [/眼镜/],
};

/** Words about every row of a 门类 (the plans' "绿色食品", "休闲食品"). */
const CATEGORY_WORDS: Readonly<Record<string, readonly RegExp[]>> = {
  农副食品加工业: [/食品/],
  食品制造业: [/食品/],
};

/** Whether `text` is about `row`, by the tables above. */
export function isAbout(text: string, row: LayoutRecord): boolean {
  const words = [...(ROW_WORDS[row.id] ?? []), ...(CATEGORY_WORDS[row.category] ?? [])];
  return words.some((w) => w.test(text));
}

/** The subject in force: the selected layout rows, or null when nothing is selected. */
export interface Subject {
  rows: LayoutRecord[];
}

export function subjectOf(state: Pick<ViewState, 'industries'>, data: DataFiles): Subject | null {
  return state.industries.length ? { rows: activeRows(state, data) } : null;
}

const aboutAny = (subject: Subject, text: string) => subject.rows.some((r) => isAbout(text, r));

export const baseIsAbout = (subject: Subject | null, b: BaseRecord): boolean =>
  !subject || aboutAny(subject, b.theme);
export const brandIsAbout = (subject: Subject | null, b: BrandRecord): boolean =>
  !subject || aboutAny(subject, `${b.name} ${b.product}`);
export const cooperationIsAbout = (subject: Subject | null, c: CooperationRecord): boolean =>
  !subject || aboutAny(subject, c.theme);

/** How many of each kind the subject leaves out (what the legend tells the reader). */
export interface SubjectOmissions {
  bases: number;
  brands: number;
  cooperation: number;
}

export function subjectOmissions(subject: Subject | null, data: DataFiles): SubjectOmissions {
  if (!subject) return { bases: 0, brands: 0, cooperation: 0 };
  return {
    bases: data.bases.filter((b) => !baseIsAbout(subject, b)).length,
    brands: (data.brands ?? []).filter((b) => !brandIsAbout(subject, b)).length,
    cooperation: data.cooperation.filter((c) => !cooperationIsAbout(subject, c)).length,
  };
}
