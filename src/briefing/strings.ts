/**
 * The briefing editor's words, in both languages side by side (kept here, not in the app's
 * dictionaries: the editor is a chunk of its own, and its words load with it).
 */
import type { Lang } from '../state/store.ts';

const S = {
  prepare: ['为这位客商准备简报', 'Prepare a briefing'],
  briefings: ['简报', 'Briefings'],
  editor: ['简报编辑', 'Briefing editor'],
  close: ['关闭', 'Close'],
  industry: ['行业（如 白酒、眼镜、3587）', 'Industry (e.g. baijiu, eyewear, 3587)'],
  compose: ['生成简报', 'Compose'],
  kept: ['本设备上的简报', 'Briefings on this device'],
  open: ['打开', 'Open'],
  delete: ['删除', 'Delete'],
  present: ['演示', 'Present'],
  addView: ['加入简报', 'Add to briefing'],
  export: ['导出文件', 'Export file'],
  import: ['导入文件', 'Import file'],
  chapters: ['章节', 'Chapters'],
  title: ['第 {n} 章标题', 'Chapter {n} title'],
  caption: ['第 {n} 章说明', 'Chapter {n} caption'],
  up: ['上移', 'Move up'],
  down: ['下移', 'Move down'],
  last: ['设为结尾', 'Make closing'],
  drop: ['删除本章', 'Drop chapter'],
  closing: ['结尾', 'closing'],
  source: ['出处', 'Source'],
  keysHint: ['在章节上按 Alt+↑ / Alt+↓ 调整顺序。', 'On a chapter, Alt+↑ / Alt+↓ moves it.'],
  composed: [
    '已为“{term}”生成 {n} 章简报，已保存在本设备。',
    'Composed {n} chapters for “{term}”; kept on this device.',
  ],
  saved: ['已保存在本设备。', 'Kept on this device.'],
  notKept: [
    '此浏览器不能保存：简报只保留到本页关闭（{problem}）。',
    'This browser cannot keep briefings: this one lasts until the page closes ({problem}).',
  ],
  moved: ['“{title}”现为第 {n} 章。', '“{title}” is now chapter {n}.'],
  dropped: ['已删除“{title}”。', 'Dropped “{title}”.'],
  lastOne: ['简报至少要有一章。', 'A briefing needs at least one chapter.'],
  added: ['已加入：“{title}”。', 'Added: “{title}”.'],
  noSubject: [
    '地图上没有可引用的主题：请先选择一个行业、一个专栏项目或一个区县。',
    'Nothing on the map to cite: choose an industry, a programme or a district first.',
  ],
  emptyTerm: ['请先输入一个行业。', 'Type an industry first.'],
  unknownTerm: ['没有找到“{term}”对应的行业。', 'No industry is known by “{term}”.'],
  notInPlans: [
    '规划文件中没有提到“{term}”，无法生成简报。',
    'The plans say nothing of “{term}”: there is nothing to brief on.',
  ],
  exported: ['已导出 {file}。', 'Exported {file}.'],
  imported: [
    '已导入“{title}”（{n} 章），已保存在本设备。',
    'Imported “{title}” ({n} chapters); kept on this device.',
  ],
  refusedTooLarge: ['该文件过大，不是简报文件。', 'That file is too large to be a briefing.'],
  refusedNotJson: [
    '该文件无法读取：不是简报文件。',
    'That file cannot be read: it is not a briefing.',
  ],
  refusedNotBriefing: ['该文件不是本地图的简报文件。', 'That file is not a briefing of this map.'],
  refusedNewer: [
    '该简报由更新版本的地图制作，请先更新本页面。',
    'That briefing was made by a newer version of this map: reload the page for the latest.',
  ],
  refusedInvalid: [
    '该简报与本地图的数据或原文不符，未导入：{detail}',
    'That briefing does not match this map’s data or sources, so it was not imported: {detail}',
  ],
  readFailed: ['无法读取该文件：{error}', 'The file could not be read: {error}'],
  deleted: ['已删除简报“{title}”。', 'Deleted the briefing “{title}”.'],
  noBriefing: [
    '输入行业生成简报，或导入同事的简报文件。',
    'Type an industry to compose a briefing, or import a colleague’s briefing file.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type BriefingKey = keyof typeof S;

/** A word of the editor, with {placeholders} filled in. */
export function bt(
  lang: Lang,
  key: BriefingKey,
  vars: Record<string, string | number> = {},
): string {
  const s = S[key][lang === 'zh' ? 0 : 1];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
