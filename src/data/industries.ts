/**
 * The one industry table of the product: GB/T 4754-2017 《国民经济行业分类》 divisions (大类), the
 * few finer classes the product names, and the trade words people write in a ledger or a search
 * box. The import (src/import/resolve.ts), plan fit and siting, the header search
 * (src/state/search.ts) and the map's subject (src/state/subject.ts) all read it: a word added
 * here is known everywhere.
 *
 * Where the names come from: the division codes and names are those of GB/T 4754-2017 as issued
 * by the National Bureau of Statistics and the Standardization Administration (2017-06-30; its
 * amendment No. 1 of 2019 changed no division name). All of manufacturing (C13–C43) is listed,
 * and every division of sections A–R (agriculture … culture and sport), which covers what an
 * investment ledger holds; S (public administration) and T (international organisations) are
 * left out. The English names are ours (the standard has none): they follow the ISIC-like
 * wording the statistics bureau uses in its English yearbook.
 *
 * Trade words are *our reading*, not the standard's: each says which layout rows (小类 of 000's
 * table, data/layout.json) and/or which GB/T code it means; a word is listed only where a reader
 * would agree without context. Codes are written without the section letter ("33", "3670").
 */
// The words by which a plan's text is about a layout row live in a module of their own: the map's
// subject needs them at first view, this table (the search's and import's) only when wanted.
import { CATEGORY_PATTERNS, ROW_PATTERNS } from './row-words.ts';

export { CATEGORY_PATTERNS, ROW_PATTERNS };

export interface Division {
  /** Section letter + two digits, as the standard writes it: "C33". */
  code: string;
  name: string;
  en: string;
}

/** GB/T 4754-2017 divisions (大类), sections A–R. */
export const DIVISIONS: readonly Division[] = [
  { code: 'A01', name: '农业', en: 'Agriculture' },
  { code: 'A02', name: '林业', en: 'Forestry' },
  { code: 'A03', name: '畜牧业', en: 'Animal husbandry' },
  { code: 'A04', name: '渔业', en: 'Fishery' },
  { code: 'A05', name: '农、林、牧、渔专业及辅助性活动', en: 'Support activities for agriculture' },
  { code: 'B06', name: '煤炭开采和洗选业', en: 'Coal mining and washing' },
  { code: 'B07', name: '石油和天然气开采业', en: 'Oil and gas extraction' },
  { code: 'B08', name: '黑色金属矿采选业', en: 'Ferrous metal ore mining' },
  { code: 'B09', name: '有色金属矿采选业', en: 'Non-ferrous metal ore mining' },
  { code: 'B10', name: '非金属矿采选业', en: 'Non-metallic mineral mining' },
  { code: 'B11', name: '开采专业及辅助性活动', en: 'Support activities for mining' },
  { code: 'B12', name: '其他采矿业', en: 'Other mining' },
  { code: 'C13', name: '农副食品加工业', en: 'Agricultural and sideline food processing' },
  { code: 'C14', name: '食品制造业', en: 'Food manufacturing' },
  { code: 'C15', name: '酒、饮料和精制茶制造业', en: 'Liquor, beverages and refined tea' },
  { code: 'C16', name: '烟草制品业', en: 'Tobacco products' },
  { code: 'C17', name: '纺织业', en: 'Textiles' },
  { code: 'C18', name: '纺织服装、服饰业', en: 'Apparel and clothing accessories' },
  {
    code: 'C19',
    name: '皮革、毛皮、羽毛及其制品和制鞋业',
    en: 'Leather, fur, feather products and footwear',
  },
  {
    code: 'C20',
    name: '木材加工和木、竹、藤、棕、草制品业',
    en: 'Wood, bamboo, rattan, palm and straw products',
  },
  { code: 'C21', name: '家具制造业', en: 'Furniture' },
  { code: 'C22', name: '造纸和纸制品业', en: 'Paper and paper products' },
  { code: 'C23', name: '印刷和记录媒介复制业', en: 'Printing and reproduction of recorded media' },
  {
    code: 'C24',
    name: '文教、工美、体育和娱乐用品制造业',
    en: 'Stationery, crafts, sporting and recreational goods',
  },
  { code: 'C25', name: '石油、煤炭及其他燃料加工业', en: 'Petroleum, coal and other fuel processing' },
  { code: 'C26', name: '化学原料和化学制品制造业', en: 'Chemical raw materials and products' },
  { code: 'C27', name: '医药制造业', en: 'Pharmaceuticals' },
  { code: 'C28', name: '化学纤维制造业', en: 'Chemical fibres' },
  { code: 'C29', name: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
  { code: 'C30', name: '非金属矿物制品业', en: 'Non-metallic mineral products' },
  { code: 'C31', name: '黑色金属冶炼和压延加工业', en: 'Ferrous metal smelting and rolling' },
  { code: 'C32', name: '有色金属冶炼和压延加工业', en: 'Non-ferrous metal smelting and rolling' },
  { code: 'C33', name: '金属制品业', en: 'Metal products' },
  { code: 'C34', name: '通用设备制造业', en: 'General-purpose machinery' },
  { code: 'C35', name: '专用设备制造业', en: 'Special-purpose machinery' },
  { code: 'C36', name: '汽车制造业', en: 'Automobiles' },
  {
    code: 'C37',
    name: '铁路、船舶、航空航天和其他运输设备制造业',
    en: 'Railway, ships, aerospace and other transport equipment',
  },
  { code: 'C38', name: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
  {
    code: 'C39',
    name: '计算机、通信和其他电子设备制造业',
    en: 'Computers, communication and other electronic equipment',
  },
  { code: 'C40', name: '仪器仪表制造业', en: 'Instruments and meters' },
  { code: 'C41', name: '其他制造业', en: 'Other manufacturing' },
  { code: 'C42', name: '废弃资源综合利用业', en: 'Recycling of waste resources' },
  {
    code: 'C43',
    name: '金属制品、机械和设备修理业',
    en: 'Repair of metal products, machinery and equipment',
  },
  { code: 'D44', name: '电力、热力生产和供应业', en: 'Electricity and heat supply' },
  { code: 'D45', name: '燃气生产和供应业', en: 'Gas supply' },
  { code: 'D46', name: '水的生产和供应业', en: 'Water supply' },
  { code: 'E47', name: '房屋建筑业', en: 'Building construction' },
  { code: 'E48', name: '土木工程建筑业', en: 'Civil engineering' },
  { code: 'E49', name: '建筑安装业', en: 'Construction installation' },
  { code: 'E50', name: '建筑装饰、装修和其他建筑业', en: 'Building decoration and other construction' },
  { code: 'F51', name: '批发业', en: 'Wholesale trade' },
  { code: 'F52', name: '零售业', en: 'Retail trade' },
  { code: 'G53', name: '铁路运输业', en: 'Rail transport' },
  { code: 'G54', name: '道路运输业', en: 'Road transport' },
  { code: 'G55', name: '水上运输业', en: 'Water transport' },
  { code: 'G56', name: '航空运输业', en: 'Air transport' },
  { code: 'G57', name: '管道运输业', en: 'Pipeline transport' },
  { code: 'G58', name: '多式联运和运输代理业', en: 'Multimodal transport and forwarding' },
  { code: 'G59', name: '装卸搬运和仓储业', en: 'Cargo handling and warehousing' },
  { code: 'G60', name: '邮政业', en: 'Postal and courier services' },
  { code: 'H61', name: '住宿业', en: 'Accommodation' },
  { code: 'H62', name: '餐饮业', en: 'Catering' },
  {
    code: 'I63',
    name: '电信、广播电视和卫星传输服务',
    en: 'Telecommunications, broadcasting and satellite transmission',
  },
  { code: 'I64', name: '互联网和相关服务', en: 'Internet and related services' },
  { code: 'I65', name: '软件和信息技术服务业', en: 'Software and information technology services' },
  { code: 'J66', name: '货币金融服务', en: 'Monetary and financial services' },
  { code: 'J67', name: '资本市场服务', en: 'Capital market services' },
  { code: 'J68', name: '保险业', en: 'Insurance' },
  { code: 'J69', name: '其他金融业', en: 'Other financial services' },
  { code: 'K70', name: '房地产业', en: 'Real estate' },
  { code: 'L71', name: '租赁业', en: 'Leasing' },
  { code: 'L72', name: '商务服务业', en: 'Business services' },
  { code: 'M73', name: '研究和试验发展', en: 'Research and experimental development' },
  { code: 'M74', name: '专业技术服务业', en: 'Professional technical services' },
  { code: 'M75', name: '科技推广和应用服务业', en: 'Technology promotion and application services' },
  { code: 'N76', name: '水利管理业', en: 'Water conservancy management' },
  { code: 'N77', name: '生态保护和环境治理业', en: 'Ecological protection and environmental governance' },
  { code: 'N78', name: '公共设施管理业', en: 'Public facilities management' },
  { code: 'N79', name: '土地管理业', en: 'Land management' },
  { code: 'O80', name: '居民服务业', en: 'Household services' },
  {
    code: 'O81',
    name: '机动车、电子产品和日用产品修理业',
    en: 'Repair of motor vehicles, electronics and household goods',
  },
  { code: 'O82', name: '其他服务业', en: 'Other services' },
  { code: 'P83', name: '教育', en: 'Education' },
  { code: 'Q84', name: '卫生', en: 'Health' },
  { code: 'Q85', name: '社会工作', en: 'Social work' },
  { code: 'R86', name: '新闻和出版业', en: 'News and publishing' },
  { code: 'R87', name: '广播、电视、电影和录音制作业', en: 'Radio, television, film and sound recording' },
  { code: 'R88', name: '文化艺术业', en: 'Culture and arts' },
  { code: 'R89', name: '体育', en: 'Sport' },
  { code: 'R90', name: '娱乐业', en: 'Entertainment' },
];

/**
 * Finer GB/T 4754-2017 groups (中类, three digits) and classes (小类, four digits) the trade words
 * name, with the standard's names — only those we have checked against the standard's table.
 */
export const CLASSES: Readonly<Record<string, string>> = {
  '151': '酒的制造',
  '1512': '白酒制造',
  '1513': '啤酒制造',
  '268': '日用化学产品制造',
  '2682': '化妆品制造',
  '271': '化学药品原料药制造',
  '276': '生物药品制品制造',
  '301': '水泥、石灰和石膏制造',
  '338': '金属制日用品制造',
  '3491': '工业机器人制造',
  '358': '医疗仪器设备及器械制造',
  '361': '汽车整车制造',
  '3612': '新能源车整车制造',
  '367': '汽车零部件及配件制造',
  '3670': '汽车零部件及配件制造',
  '375': '摩托车制造',
  '384': '电池制造',
  '3841': '锂离子电池制造',
  '385': '家用电力器具制造',
  '391': '计算机制造',
  '392': '通信设备制造',
  '397': '电子器件制造',
  '3973': '集成电路制造',
  '3974': '显示器件制造',
  '398': '电子元件及电子专用材料制造',
  '403': '钟表与计时仪器制造',
  '4030': '钟表与计时仪器制造',
};

/** A trade word: the layout rows it means, or a GB/T code (any level), or both. */
export interface TradeWord {
  rows?: readonly string[];
  codes?: readonly string[];
}

/**
 * Everyday trade words (Chinese, English, pinyin) → what they mean. Longer words win over shorter
 * ones they contain (火锅底料 before 料, 电子元件 before 电子). Latin words match whole words only.
 */
export const TRADE_WORDS: Readonly<Record<string, TradeWord>> = {
  // 000's consumer-goods layout rows (today's words, kept)
  白酒: { rows: ['酒的制造'], codes: ['1512'] },
  酿酒: { rows: ['酒的制造'] },
  啤酒: { rows: ['酒的制造'], codes: ['1513'] },
  葡萄酒: { rows: ['酒的制造'] },
  酒业: { rows: ['酒的制造'] },
  酒类: { rows: ['酒的制造'] },
  baijiu: { rows: ['酒的制造'], codes: ['1512'] },
  liquor: { rows: ['酒的制造'] },
  spirits: { rows: ['酒的制造'] },
  beer: { rows: ['酒的制造'], codes: ['1513'] },
  wine: { rows: ['酒的制造'] },
  brewery: { rows: ['酒的制造'] },
  distillery: { rows: ['酒的制造'] },
  预制菜: { rows: ['方便食品制造'] },
  方便面: { rows: ['方便食品制造'] },
  小面: { rows: ['方便食品制造'] },
  速冻食品: { rows: ['方便食品制造'] },
  休闲食品: { rows: ['方便食品制造'] },
  火锅底料: { rows: ['调味品、发酵制品制造'] },
  调味品: { rows: ['调味品、发酵制品制造'] },
  调料: { rows: ['调味品、发酵制品制造'] },
  榨菜: { rows: ['调味品、发酵制品制造'] },
  酱油: { rows: ['调味品、发酵制品制造'] },
  豆瓣: { rows: ['调味品、发酵制品制造'] },
  眼镜: { rows: ['眼镜制造'] },
  镜片: { rows: ['眼镜制造'] },
  eyewear: { rows: ['眼镜制造'] },
  乳制品: { rows: ['乳制品制造'] },
  牛奶: { rows: ['乳制品制造'] },
  dairy: { rows: ['乳制品制造'] },
  饮料: { rows: ['饮料制造'] },
  果汁: { rows: ['饮料制造'] },
  茶饮: { rows: ['饮料制造'] },
  矿泉水: { rows: ['饮料制造'] },
  beverages: { rows: ['饮料制造'] },
  茶叶: { rows: ['精制茶加工'] },
  tea: { rows: ['精制茶加工'] },
  卷烟: { rows: ['卷烟制造'] },
  烟草: { rows: ['卷烟制造'] },
  tobacco: { rows: ['卷烟制造'] },
  大米: { rows: ['谷物磨制'] },
  面粉: { rows: ['谷物磨制'] },
  粮油: { rows: ['谷物磨制', '植物油加工'] },
  饲料: { rows: ['饲料加工'] },
  食用油: { rows: ['植物油加工'] },
  菜籽油: { rows: ['植物油加工'] },
  油茶: { rows: ['植物油加工'] },
  肉制品: { rows: ['屠宰及肉类加工'] },
  腊肉: { rows: ['屠宰及肉类加工'] },
  畜禽: { rows: ['屠宰及肉类加工'] },
  屠宰: { rows: ['屠宰及肉类加工'] },
  果蔬: { rows: ['蔬菜、菌类、水果和坚果加工'] },
  水果: { rows: ['蔬菜、菌类、水果和坚果加工'] },
  蔬菜: { rows: ['蔬菜、菌类、水果和坚果加工'] },
  食用菌: { rows: ['蔬菜、菌类、水果和坚果加工'] },
  柑橘: { rows: ['蔬菜、菌类、水果和坚果加工'] },
  柠檬: { rows: ['蔬菜、菌类、水果和坚果加工'] },
  丝绸: { rows: ['纺织业'] },
  茧丝: { rows: ['纺织业'] },
  夏布: { rows: ['纺织业'] },
  纺织: { rows: ['纺织业'] },
  textiles: { rows: ['纺织业'] },
  服装: { rows: ['纺织服装、服饰业'] },
  服饰: { rows: ['纺织服装、服饰业'] },
  apparel: { rows: ['纺织服装、服饰业'] },
  鞋: { rows: ['制鞋业'] },
  footwear: { rows: ['制鞋业'] },
  家具: { rows: ['家具制造业'] },
  furniture: { rows: ['家具制造业'] },
  生活用纸: { rows: ['造纸和纸制品业'] },
  纸制品: { rows: ['造纸和纸制品业'] },
  造纸: { rows: ['造纸和纸制品业'] },
  文具: { rows: ['文教、工美、体育和娱乐用品制造业'] },
  体育用品: { rows: ['文教、工美、体育和娱乐用品制造业'] },
  玩具: { rows: ['文教、工美、体育和娱乐用品制造业'] },
  工艺品: { rows: ['文教、工美、体育和娱乐用品制造业'] },
  乐器: { rows: ['文教、工美、体育和娱乐用品制造业'] },
  日化: { rows: ['日用化学产品制造'] },
  化妆品: { rows: ['日用化学产品制造'], codes: ['2682'] },
  美妆: { rows: ['日用化学产品制造'], codes: ['2682'] },
  个护: { rows: ['日用化学产品制造'] },
  洗涤用品: { rows: ['日用化学产品制造'] },
  日用化学品: { rows: ['日用化学产品制造'] },
  发酵: { rows: ['调味品、发酵制品制造'] },
  cosmetics: { rows: ['日用化学产品制造'], codes: ['2682'] },
  化纤: { rows: ['化学纤维制造业'] },
  塑料: { rows: ['塑料制品业'] },
  包装材料: { rows: ['塑料制品业'] },
  玻璃: { rows: ['玻璃制品制造'] },
  玻陶: { rows: ['玻璃制品制造'] },
  照明: { rows: ['照明器具制造'] },
  灯具: { rows: ['照明器具制造'] },
  LED: { rows: ['照明器具制造'] },
  // Beyond the layout table: manufacturing by division (or finer where the standard names it)
  五金: { codes: ['33'] },
  hardware: { codes: ['33'] },
  wujin: { codes: ['33'] },
  金属制品: { codes: ['33'] },
  日用五金: { codes: ['338'] },
  钟表: { codes: ['4030'] },
  手表: { codes: ['4030'] },
  clocks: { codes: ['4030'] },
  watches: { codes: ['4030'] },
  汽车零部件: { codes: ['3670'] },
  汽车配件: { codes: ['3670'] },
  汽配: { codes: ['3670'] },
  'auto parts': { codes: ['3670'] },
  新能源汽车: { codes: ['3612'] },
  整车: { codes: ['361'] },
  汽车: { codes: ['36'] },
  automobiles: { codes: ['36'] },
  摩托车: { codes: ['375'] },
  motorcycles: { codes: ['375'] },
  锂电池: { codes: ['3841'] },
  锂电: { codes: ['3841'] },
  动力电池: { codes: ['384'] },
  储能电池: { codes: ['384'] },
  电池: { codes: ['384'] },
  batteries: { codes: ['384'] },
  家电: { codes: ['385'] },
  家用电器: { codes: ['385'] },
  光伏: { codes: ['38'] },
  电气: { codes: ['38'] },
  电子元件: { codes: ['398'] },
  电子元器件: { codes: ['398'] },
  元器件: { codes: ['398'] },
  电路板: { codes: ['398'] },
  半导体: { codes: ['397'] },
  芯片: { codes: ['3973'] },
  集成电路: { codes: ['3973'] },
  显示面板: { codes: ['3974'] },
  显示屏: { codes: ['3974'] },
  笔记本电脑: { codes: ['391'] },
  电脑: { codes: ['391'] },
  服务器: { codes: ['391'] },
  手机: { codes: ['392'] },
  智能终端: { codes: ['39'] },
  电子信息: { codes: ['39'] },
  电子产品: { codes: ['39'] },
  电子: { codes: ['39'] },
  electronics: { codes: ['39'] },
  仪器仪表: { codes: ['40'] },
  传感器: { codes: ['40'] },
  衡器: { codes: ['40'] },
  机器人: { codes: ['3491'] },
  数控机床: { codes: ['34'] },
  机床: { codes: ['34'] },
  电梯: { codes: ['34'] },
  通机: { codes: ['34'] },
  通用机械: { codes: ['34'] },
  模具: { codes: ['35'] },
  工程机械: { codes: ['35'] },
  农机: { codes: ['35'] },
  医疗器械: { codes: ['358'] },
  缝制机械: { codes: ['35'] },
  轻工机械: { codes: ['35'] },
  装备制造: { codes: ['34', '35'] },
  // Ledgers' words for 装备: read as 装备制造 is (通用/专用设备, 002 专栏10).
  智能装备: { codes: ['34', '35'] },
  高端装备: { codes: ['34', '35'] },
  // 002 专栏5's fields: 先进有色合金 (32), 高端合成材料 (26, 29), 其他新材料 (30, 26).
  新材料: { codes: ['26', '29', '30', '32'] },
  // The processing of farm products and food making: GB/T 13 and 14 both.
  食品加工: { codes: ['13', '14'] },
  轨道交通: { codes: ['37'] },
  船舶: { codes: ['37'] },
  航空: { codes: ['37'] },
  自行车: { codes: ['37'] },
  医药: { codes: ['27'] },
  生物医药: { codes: ['27'] },
  制药: { codes: ['27'] },
  中药: { codes: ['27'] },
  疫苗: { codes: ['276'] },
  pharmaceuticals: { codes: ['27'] },
  化工: { codes: ['26'] },
  化学品: { codes: ['26'] },
  涂料: { codes: ['26'] },
  chemicals: { codes: ['26'] },
  橡胶: { codes: ['29'] },
  轮胎: { codes: ['29'] },
  水泥: { codes: ['301'] },
  建材: { codes: ['30'] },
  陶瓷: { codes: ['30'] },
  建筑陶瓷: { codes: ['30'] },
  玻璃纤维: { codes: ['30'] },
  钢铁: { codes: ['31'] },
  钢材: { codes: ['31'] },
  steel: { codes: ['31'] },
  铝: { codes: ['32'] },
  有色金属: { codes: ['32'] },
  合金: { codes: ['32'] },
  再生资源: { codes: ['42'] },
  废旧: { codes: ['42'] },
  印刷: { codes: ['23'] },
  包装印刷: { codes: ['23'] },
  木材: { codes: ['20'] },
  竹制品: { codes: ['20'] },
  皮革: { codes: ['19'] },
  箱包: { codes: ['19'] },
  制糖: { codes: ['13'] },
  焙烤: { codes: ['14'] },
  糕点: { codes: ['14'] },
  食品添加剂: { codes: ['14'] },
  功能性食品: { codes: ['14'] },
  香料香精: { codes: ['26'] },
  // Common non-manufacturing lines of a ledger
  软件: { codes: ['65'] },
  信息技术: { codes: ['65'] },
  大数据: { codes: ['65'] },
  数据中心: { codes: ['65'] },
  software: { codes: ['65'] },
  互联网: { codes: ['64'] },
  电子商务: { codes: ['52'] },
  电商: { codes: ['52'] },
  批发: { codes: ['51'] },
  零售: { codes: ['52'] },
  商贸: { codes: ['51', '52'] },
  批发零售: { codes: ['51', '52'] },
  物流: { codes: ['54', '58', '59'] },
  仓储: { codes: ['59'] },
  冷链: { codes: ['59'] },
  道路运输: { codes: ['54'] },
  logistics: { codes: ['54', '58', '59'] },
  研发: { codes: ['73'] },
  研发中心: { codes: ['73'] },
  检验检测: { codes: ['74'] },
  科技服务: { codes: ['75'] },
  商务服务: { codes: ['72'] },
  总部: { codes: ['72'] },
  会展: { codes: ['72'] },
  房地产: { codes: ['70'] },
  地产: { codes: ['70'] },
  酒店: { codes: ['61'] },
  餐饮: { codes: ['62'] },
  旅游: { codes: ['72'] },
  文旅: { codes: ['88'] },
  金融: { codes: ['66'] },
  光伏发电: { codes: ['44'] },
  发电: { codes: ['44'] },
  发电机: { codes: ['38'] },
  种植: { codes: ['01'] },
  养殖: { codes: ['03'] },
  农业: { codes: ['01'] },
  农业机械: { codes: ['35'] },
  林业: { codes: ['02'] },
  渔业: { codes: ['04'] },
  建筑: { codes: ['47', '48', '49', '50'] },
  环保: { codes: ['77'] },
  医院: { codes: ['84'] },
  养老: { codes: ['85'] },
  教育培训: { codes: ['83'] },
};

/**
 * The manufacturing plan's (002) own sector words, read only in its 一区两群 sentences: they name
 * whole sectors ("主城新区围绕电子、汽车摩托车、装备制造、消费品、原材料等支柱产业"). Our reading,
 * following 002's own 专栏: 装备制造 = 专栏10 (通用/专用设备), 原材料 = 专栏12 (钢铁, 建材, 化工)
 * plus the 有色 of 专栏5, 消费品 and 特色轻工 = the consumer-goods layout rows (000) and their 轻工
 * part. Not used on base themes, where "消费品工业集聚发展示范区" names no industry.
 */
export const PLAN_TERMS: Readonly<Record<string, TradeWord>> = {
  电子: { codes: ['39'] },
  汽车摩托车: { codes: ['36', '375'] },
  装备制造: { codes: ['34', '35'] },
  原材料: { codes: ['26', '30', '31', '32'] },
  绿色建材: { codes: ['30'] },
  // the layout table's rows (their GB/T codes), and its 轻工 part (data/consumerSectors.json)
  消费品: {
    codes: ['13', '14', '15', '16', '17', '18', '195', '21', '22', '24', '268', '28', '292', '305', '387', '3587'],
  },
  特色轻工: { codes: ['195', '21', '22', '24', '268', '292', '305', '387', '3587'] },
};

/**
 * The manufacturing plan's (002) sector 专栏2–12, each field → the GB/T codes it covers (our
 * reading of the field's text, written down here; a field of 专栏11 also has its layout rows in
 * data/sectors.json). A sector record without an entry here fails tests/import/industry.test.ts.
 */
export const SECTOR_CODES: Readonly<Record<string, readonly string[]>> = {
  '专栏2:半导体': ['397', '3973'],
  '专栏2:新型显示': ['3974'],
  '专栏2:新型智能终端': ['39', '385'],
  '专栏2:先进传感器及智能仪器仪表': ['40', '398'],
  '专栏2:新型电子元件': ['398'],
  '专栏2:软件': ['65'],
  '专栏3:整车': ['361', '3612'],
  '专栏3:新能源核心配套': ['3670', '384', '3841'],
  '专栏3:智能网联核心配套': ['3670', '39'],
  '专栏4:工业机器人': ['3491'],
  '专栏4:数控机床': ['34'],
  '专栏4:轨道交通': ['37'],
  '专栏4:新能源装备': ['34', '38'],
  '专栏4:增材制造装备': ['34'],
  '专栏5:先进有色合金': ['32'],
  '专栏5:高端合成材料': ['26', '29'],
  '专栏5:其他新材料': ['30', '26'],
  '专栏6:生物药': ['27', '276'],
  '专栏6:化学药': ['27', '271'],
  '专栏6:医疗器械': ['358'],
  '专栏6:现代中药': ['27'],
  '专栏7:节能环保技术装备': ['35', '34'],
  '专栏7:再生资源': ['42'],
  '专栏7:氢能及储能': ['384', '34'],
  '专栏8:计算机': ['391'],
  '专栏8:手机': ['392'],
  '专栏8:关键零部件': ['398', '384'],
  '专栏9:汽车': ['361'],
  '专栏9:摩托车': ['375'],
  '专栏9:关键零部件': ['3670'],
  '专栏10:通机': ['34'],
  '专栏10:电梯': ['34'],
  '专栏10:工程机械': ['35'],
  '专栏10:装备基础件': ['34', '35', '33'],
  '专栏11:食品': ['13', '14', '15'],
  '专栏11:特色纺织品': ['17', '18'],
  '专栏11:美妆产品': ['2682'],
  '专栏11:绿色包装制品': ['22', '29', '30'],
  '专栏11:烟草制品': ['16'],
  '专栏11:其他新兴消费品': ['24', '35'],
  '专栏12:钢铁': ['31'],
  '专栏12:绿色建材': ['30'],
  '专栏12:化工': ['26'],
};

/** A code without its section letter ("C33" → "33"). */
export const bare = (code: string): string => code.replace(/^[A-Z]/i, '');

/** The division (大类) a code of any level belongs to. */
export function divisionOf(code: string): Division | undefined {
  const two = bare(code).slice(0, 2);
  return DIVISIONS.find((d) => d.code.slice(1) === two);
}

/** The standard's name for a code of any level we know (division, group or class). */
export function codeName(code: string): string | undefined {
  const c = bare(code);
  return c.length === 2 ? divisionOf(c)?.name : CLASSES[c];
}

/**
 * Whether a plan's statement about `text` codes covers a project about `project` codes: a broad
 * statement covers a narrow project (金属制品业 covers 日用五金); a narrow statement covers a
 * project only down to the group (白酒 supports 酒的制造, but 日化 does not support all of 化工).
 */
export function covers(statement: readonly string[], project: readonly string[]): boolean {
  return project.some((p) =>
    statement.some((t) => p.startsWith(t) || (p.length >= 3 && t.startsWith(p))),
  );
}

/** How an industry text was matched (each match says it, and the report shows it). */
export type IndustryHow = 'subcategory' | 'category' | 'division' | 'class' | 'code' | 'keyword';

export type IndustryMatch =
  | {
      ok: true;
      /** Layout rows (小类 of 000's table) the text means; empty for an industry outside it. */
      rows: string[];
      /** GB/T 4754-2017 codes it means, without the section letter, finest known ("3670"). */
      codes: string[];
      /** The divisions (大类, "C36") the codes fall in. */
      divisions: string[];
      how: IndustryHow;
      matched: string;
    }
  | { ok: false; reason: 'empty' | 'unknown' };

/** The fields of a layout row the industry reader needs (data/layout.json). */
export interface LayoutRow {
  id: string;
  name: string;
  category: string;
  gb: string;
  gbDivision: string;
}

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').trim();
const latin = (w: string) => /^[\x20-\x7e]+$/.test(w);

/** A vocabulary entry: a word and what it means. */
interface Entry {
  word: string;
  rows: readonly string[];
  codes: readonly string[];
  how: IndustryHow;
}

export interface IndustryReader {
  /** Resolves a ledger's or a search box's industry text. */
  resolve(raw: string): IndustryMatch;
  /**
   * What a plan's text (a base theme, a brand, a 川渝 entry, a 一区两群 sentence) is about, as
   * GB/T codes (a layout row counts as its own code). `planTerms` adds 002's sector words, for
   * the 一区两群 sentences only.
   */
  about(text: string, planTerms?: boolean): string[];
}

/** Builds the reader over the layout rows (indexes made once). */
export function createIndustryReader(layout: readonly LayoutRow[]): IndustryReader {
  const rowCode = new Map(layout.map((r) => [r.id, bare(r.gb)]));
  const withCodes = (rows: readonly string[], codes: readonly string[] = []) => {
    const all = [...new Set([...rows.map((r) => rowCode.get(r)!), ...codes])];
    return { rows: [...rows], codes: all };
  };
  const divisionsOf = (codes: readonly string[]) => [
    ...new Set(codes.map((c) => divisionOf(c)?.code).filter((c): c is string => !!c)),
  ];
  // Rows a GB/T code covers: a row inside the code, or the row the code is inside.
  const rowsFor = (code: string) =>
    layout
      .filter((r) => {
        const gb = bare(r.gb);
        const division = bare(r.gbDivision);
        return code.length === 2
          ? division === code
          : gb.length === 2
            ? code.startsWith(gb)
            : code.startsWith(gb) || gb.startsWith(code);
      })
      .map((r) => r.id);

  // One vocabulary, longest word first: trade words, the standard's class and division names.
  const vocabulary: Entry[] = [
    ...Object.entries(TRADE_WORDS).map(([word, w]) => ({
      word: latin(word) ? word.toLowerCase() : word,
      rows: w.rows ?? [],
      codes: w.codes ?? [],
      how: 'keyword' as const,
    })),
    ...Object.entries(CLASSES).map(([code, name]) => ({
      word: name,
      rows: rowsFor(code),
      codes: [code],
      how: 'class' as const,
    })),
    ...DIVISIONS.map((d) => ({
      word: d.name,
      rows: rowsFor(bare(d.code)),
      codes: [bare(d.code)],
      how: 'division' as const,
    })),
  ].sort((a, b) => b.word.length - a.word.length);
  const exactWord = new Map<string, Entry>();
  for (const e of vocabulary) if (!exactWord.has(e.word)) exactWord.set(e.word, e);
  // A standard's name as ledgers shorten it, its 业 / 制造业 / 加工业 left off (通用设备 for
  // 通用设备制造业, 农副食品加工 for 农副食品加工业): whole texts only, and only a stem one
  // name has (three characters at least).
  const stems = new Map<string, Entry | null>();
  for (const e of vocabulary) {
    if (e.how !== 'division' && e.how !== 'class') continue;
    const stem = e.word.replace(/(制造业|加工业|业)$/, '');
    if (stem === e.word || [...stem].length < 3 || exactWord.has(stem)) continue;
    stems.set(stem, stems.has(stem) ? null : e);
  }
  for (const [stem, e] of stems) if (e) exactWord.set(stem, e);
  const contains = (text: string, word: string) =>
    latin(word)
      ? new RegExp(`(^|[^a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(text)
      : text.includes(word);

  const bySub = new Map(layout.map((r) => [clean(r.id), r]));
  const byCategory = new Map<string, LayoutRow[]>();
  for (const r of layout)
    byCategory.set(clean(r.category), [...(byCategory.get(clean(r.category)) ?? []), r]);

  const ok = (
    how: IndustryHow,
    matched: string,
    rows: readonly string[],
    codes: readonly string[] = [],
  ): IndustryMatch => {
    const w = withCodes(rows, codes);
    return { ok: true, ...w, divisions: divisionsOf(w.codes), how, matched };
  };

  const resolve = (raw: string): IndustryMatch => {
    const text = clean(raw);
    if (!text) return { ok: false, reason: 'empty' };
    const sub = bySub.get(text);
    if (sub) return ok('subcategory', sub.id, [sub.id]);
    // A 门类 of the table; where its name is the standard's division name, that division's rows
    // only (the table files 眼镜制造, C35, under 电气机械和器材制造业, C38).
    const cat = byCategory.get(text);
    const named = DIVISIONS.find((d) => d.name === text);
    if (cat)
      return ok(
        'category',
        text,
        cat.filter((r) => !named || r.gbDivision === named.code).map((r) => r.id),
        named ? [bare(named.code)] : [],
      );
    // GB/T 4754 codes: a division (C15 or 15), a group (151) or a class (1512); C1512 too.
    const code = /^([A-T])?(\d{2,4})$/i.exec(text);
    if (code) {
      const division = divisionOf(code[2]!);
      if (!division || (code[1] && code[1].toUpperCase() !== division.code[0]))
        return { ok: false, reason: 'unknown' };
      return ok('code', code[2]!, rowsFor(code[2]!), [code[2]!]);
    }
    // Latin words keep their spaces ("auto parts"), matched whole and case-blind.
    const lower = raw.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const exact = exactWord.get(lower) ?? exactWord.get(text);
    if (exact) return ok(exact.how, exact.word, exact.rows, exact.codes);
    // A 小类 name inside a longer text ("眼镜制造基地"), then any word of the vocabulary in it.
    const inner = layout.find((r) => text.includes(clean(r.id)));
    if (inner) return ok('subcategory', inner.id, [inner.id]);
    const hit = vocabulary.find((e) => contains(latin(e.word) ? lower : text, e.word));
    if (hit) return ok(hit.how, hit.word, hit.rows, hit.codes);
    return { ok: false, reason: 'unknown' };
  };

  const rowPatterns = layout.map((r) => ({
    code: bare(r.gb),
    patterns: [...(ROW_PATTERNS[r.id] ?? []), ...(CATEGORY_PATTERNS[r.category] ?? [])],
    name: r.name,
  }));
  const about = (text: string, planTerms = false): string[] => {
    const out = new Set<string>();
    for (const r of rowPatterns)
      if (text.includes(r.name) || r.patterns.some((p) => p.test(text))) out.add(r.code);
    for (const e of vocabulary)
      if (e.how === 'keyword' && contains(text.toLowerCase(), e.word))
        withCodes(e.rows, e.codes).codes.forEach((c) => out.add(c));
    if (planTerms)
      for (const [word, w] of Object.entries(PLAN_TERMS))
        if (text.includes(word)) withCodes(w.rows ?? [], w.codes).codes.forEach((c) => out.add(c));
    return [...out];
  };

  // Shared results per distinct text: a list repeats its industries, and one object per text
  // crosses from the worker once however many rows use it.
  const memo = new Map<string, IndustryMatch>();
  return {
    resolve: (raw) => {
      let r = memo.get(raw);
      if (r === undefined) memo.set(raw, (r = resolve(raw)));
      return r;
    },
    about,
  };
}

/** A match's display: its layout rows, else the standard's name for its finest code. */
export function industryLabel(
  m: Extract<IndustryMatch, { ok: true }>,
  lang: 'zh' | 'en',
  layout: readonly (LayoutRow & { nameEn: string })[],
): string {
  const sep = lang === 'zh' ? '、' : '; ';
  if (m.rows.length)
    return m.rows
      .map((id) => layout.find((r) => r.id === id))
      .map((r) => (r ? (lang === 'zh' ? r.name : r.nameEn) : ''))
      .join(sep);
  return m.codes
    .map((c) => {
      const d = divisionOf(c);
      const name = c.length === 2 ? (lang === 'zh' ? d?.name : d?.en) : (CLASSES[c] ?? d?.name);
      return `${name ?? ''} (${d?.code[0] ?? ''}${c})`;
    })
    .join(sep);
}
