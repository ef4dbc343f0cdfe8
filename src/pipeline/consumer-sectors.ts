/**
 * The three consumer-goods sectors of 000's targets table (食品行业, 纺织行业, 轻工行业), each with
 * its output target and the rows of the layout table it covers.
 *
 * The seed gives each sector's output but not which GB/T 4754 divisions make it up; the grouping
 * below is a reading from outside the seed (the usual statistical grouping of China's consumer-goods
 * industry: food includes tobacco, textiles include chemical fibres, light industry the rest), and
 * every record says so in its note.
 */
import type { LayoutRecord } from './resolve-layout.ts';
import type { TargetRecord } from './parse-targets.ts';
import type { ConsumerSectorId, ConsumerSectorRecord } from '../data/types.ts';
export type { ConsumerSectorId, ConsumerSectorRecord };

const SECTORS: readonly {
  id: ConsumerSectorId;
  name: string;
  en: string;
  divisions: readonly string[];
}[] = [
  { id: 'food', name: '食品行业', en: 'Food', divisions: ['C13', 'C14', 'C15', 'C16'] },
  { id: 'textile', name: '纺织行业', en: 'Textiles', divisions: ['C17', 'C18', 'C28'] },
  {
    id: 'light',
    name: '轻工行业',
    en: 'Light industry',
    divisions: ['C19', 'C21', 'C22', 'C24', 'C26', 'C29', 'C30', 'C35', 'C38'],
  },
];

const NOTE =
  '原文目标表只列出行业名称，未列出所含国民经济行业大类；此处按消费品工业的通常统计口径归类（原文以外）：食品含烟草制品业，纺织含化学纤维制造业，其余为轻工。The source names the sectors but not their divisions; they are grouped as consumer-goods statistics usually are (outside the source): food includes tobacco, textiles include chemical fibres, light industry the rest.';

/** One record per sector; throws if a sector has no target row or a layout row no sector. */
export function consumerSectors(
  layout: readonly LayoutRecord[],
  targets: readonly TargetRecord[],
): ConsumerSectorRecord[] {
  const out = SECTORS.map((s) => {
    const target = targets.find((t) => t.doc === '000' && t.name === s.name);
    if (!target) throw new Error(`000 targets: no row ${s.name}`);
    return {
      id: s.id,
      name: s.name,
      en: s.en,
      divisions: [...s.divisions],
      rows: layout.filter((r) => s.divisions.includes(r.gbDivision)).map((r) => r.id),
      target: target.id,
      note: NOTE,
      source: target.source,
    };
  });
  const placed = new Set(out.flatMap((s) => s.rows));
  const orphan = layout.find((r) => !placed.has(r.id));
  if (orphan) throw new Error(`layout row ${orphan.id} (${orphan.gbDivision}) is in no sector`);
  return out;
}
