/**
 * The layout rows' words in the plans' own text (src/state/subject.ts reads them for the map's one
 * subject; src/data/industries.ts, the one industry table, re-exports them). Apart from that table
 * so the first view does not load it.
 */
/**
 * Words by which a plan's text (a base theme, a brand, a 川渝 entry) is about a layout row, keyed
 * by the row's id. A pattern, not a word, where a word alone would mislead: 油茶 (camellia oil) is
 * not tea. Checked against every base theme, brand and 川渝 entry in tests/state/subject tests.
 */
export const ROW_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
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
export const CATEGORY_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  农副食品加工业: [/食品/],
  食品制造业: [/食品/],
};

