/**
 * National industry classification (GB/T 4754-2017) codes and English names for the 门类 and 小类
 * the layout table names. Kept apart from the table so that where the table's grouping differs
 * from the standard (塑料制品业, 眼镜制造) both stay visible.
 */

export interface ClassEntry {
  /** GB/T 4754-2017 code: a letter + 2 digits for a 大类, 3 digits for a 中类, 4 for a 小类. */
  code: string;
  /** The standard's name where it differs from the seed's wording. */
  gbName?: string;
  en: string;
  /** The standard 大类 this class belongs to (for 3- and 4-digit codes). */
  division?: string;
}

// source: GB/T 4754-2017《国民经济行业分类》(with amendment 1, 2019), section C 制造业.
export const CLASSES: Readonly<Record<string, ClassEntry>> = {
  农副食品加工业: { code: 'C13', en: 'Agricultural and sideline food processing' },
  谷物磨制: { code: '131', en: 'Grain milling', division: 'C13' },
  饲料加工: { code: '132', en: 'Feed processing', division: 'C13' },
  植物油加工: { code: '133', en: 'Vegetable oil processing', division: 'C13' },
  屠宰及肉类加工: { code: '135', en: 'Slaughtering and meat processing', division: 'C13' },
  '蔬菜、菌类、水果和坚果加工': {
    code: '137',
    en: 'Vegetable, mushroom, fruit and nut processing',
    division: 'C13',
  },
  食品制造业: { code: 'C14', en: 'Food manufacturing' },
  方便食品制造: { code: '143', en: 'Convenience food manufacturing', division: 'C14' },
  乳制品制造: { code: '144', en: 'Dairy products', division: 'C14' },
  '调味品、发酵制品制造': {
    code: '146',
    en: 'Condiments and fermented products',
    division: 'C14',
  },
  '酒、饮料和精制茶制造业': { code: 'C15', en: 'Liquor, beverages and refined tea' },
  酒的制造: { code: '151', en: 'Liquor and wine making', division: 'C15' },
  饮料制造: { code: '152', en: 'Beverage manufacturing', division: 'C15' },
  精制茶加工: { code: '153', en: 'Refined tea processing', division: 'C15' },
  烟草制品业: { code: 'C16', en: 'Tobacco products' },
  卷烟制造: { code: '162', en: 'Cigarette manufacturing', division: 'C16' },
  纺织业: { code: 'C17', en: 'Textiles' },
  '纺织服装、服饰业': { code: 'C18', en: 'Apparel and clothing accessories' },
  '皮革、毛皮、羽毛及其制品和制鞋业': {
    code: 'C19',
    en: 'Leather, fur, feathers and footwear',
  },
  制鞋业: { code: '195', en: 'Footwear', division: 'C19' },
  家具制造业: { code: 'C21', en: 'Furniture' },
  造纸和纸制品业: { code: 'C22', en: 'Paper and paper products' },
  '文教、工美、体育和娱乐用品制造业': {
    code: 'C24',
    en: 'Stationery, arts and crafts, sports and entertainment goods',
  },
  化学原料和化学制品制造业: { code: 'C26', en: 'Chemical raw materials and products' },
  日用化学产品制造: { code: '268', en: 'Daily-use chemical products', division: 'C26' },
  化学纤维制造业: { code: 'C28', en: 'Chemical fibres' },
  塑料制品业: {
    code: '292',
    en: 'Plastic products',
    division: 'C29',
  },
  非金属矿物制品业: { code: 'C30', en: 'Non-metallic mineral products' },
  玻璃制品制造: { code: '305', en: 'Glass products', division: 'C30' },
  电气机械和器材制造业: { code: 'C38', en: 'Electrical machinery and equipment' },
  照明器具制造: { code: '387', en: 'Lighting fixtures', division: 'C38' },
  眼镜制造: { code: '3587', en: 'Eyewear', division: 'C35' },
};

// source: GB/T 4754-2017 大类 names for divisions that the table itself does not name.
export const DIVISIONS: Readonly<Record<string, { name: string; en: string }>> = {
  C13: { name: '农副食品加工业', en: 'Agricultural and sideline food processing' },
  C14: { name: '食品制造业', en: 'Food manufacturing' },
  C15: { name: '酒、饮料和精制茶制造业', en: 'Liquor, beverages and refined tea' },
  C16: { name: '烟草制品业', en: 'Tobacco products' },
  C19: { name: '皮革、毛皮、羽毛及其制品和制鞋业', en: 'Leather, fur, feathers and footwear' },
  C26: { name: '化学原料和化学制品制造业', en: 'Chemical raw materials and products' },
  C29: { name: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
  C30: { name: '非金属矿物制品业', en: 'Non-metallic mineral products' },
  C35: { name: '专用设备制造业', en: 'Special-purpose machinery' },
  C38: { name: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
};

/** The classification entry for a 门类 or 小类 name; throws for a name the table does not use. */
export function classify(name: string): ClassEntry {
  const hit = CLASSES[name];
  if (!hit) throw new Error(`classification: no GB/T 4754-2017 entry for "${name}"`);
  return hit;
}
