/**
 * How one sub-industry lines up with the plans around it: the city's output target for its sector
 * (000), the manufacturing plan's consumer-goods field (002 专栏11) and the national priorities
 * (003), each with its quote. Collapsed by default: the summary line gives the three at a glance.
 */
import type { DataFiles, PriorityKind, PriorityRecord } from '../data/types.ts';
import {
  dataName,
  labelled,
  listText,
  mfgFieldName,
  noteIn,
  prioritySector,
  t,
} from '../i18n/index.ts';
import { rowAlignment } from '../state/alignment.ts';
import type { Lang } from '../state/store.ts';
import { renderCitation, type OpenSeed } from './citation.ts';
import { h } from './dom.ts';

const PRIORITY_KIND_KEY: Record<
  PriorityKind,
  'priorityTechnology' | 'priorityProduct' | 'priorityDigital' | 'priorityGreen'
> = {
  technology: 'priorityTechnology',
  product: 'priorityProduct',
  digital: 'priorityDigital',
  green: 'priorityGreen',
};

/** "食品行业 1546 → 2300 亿元": a sector's output, 2020 against the 2025 target. */
export function sectorTargetLine(
  sector: { name: string; en: string },
  target: { value2020: string; target2025: string; unit: string | null },
  lang: Lang,
  withUnit = true,
): string {
  const unit = !withUnit
    ? ''
    : target.unit
      ? ` ${target.unit === '亿元' ? t(lang, 'unit亿元') : target.unit}`
      : '';
  return `${dataName(sector.name, sector.en, lang)} ${target.value2020} → ${target.target2025}${unit}`;
}

/** One national priority: its sector and kind, and its quote. */
export function priorityItem(p: PriorityRecord, lang: Lang, openSeed: OpenSeed): HTMLElement {
  return h(
    'li',
    { 'data-kind': p.kind, 'data-testid': 'priority' },
    h('strong', {}, `${prioritySector(p.sector, lang)} · ${t(lang, PRIORITY_KIND_KEY[p.kind])}`),
    renderCitation(p.source, lang, openSeed),
  );
}

export function renderAlignment(
  rowId: string,
  data: DataFiles,
  lang: Lang,
  openSeed: OpenSeed,
  { priorities = true }: { priorities?: boolean } = {},
): HTMLElement {
  const a = rowAlignment(rowId, data);
  const parts = [
    a.sector && a.target
      ? `${t(lang, 'cityTarget')} ${sectorTargetLine(a.sector, a.target, lang)}`
      : null,
    a.fields.length
      ? `${t(lang, 'mfgField')} ${listText(
          lang,
          a.fields.map((f) => mfgFieldName(f.field, lang)),
        )}`
      : t(lang, 'mfgFieldNone'),
    t(lang, 'priorityCount', { n: a.priorities.length }),
  ].filter(Boolean);
  return h(
    'details',
    { class: 'alignment', 'data-testid': 'alignment', 'data-industry': rowId },
    h('summary', {}, parts.join(' · ')),
    a.sector && a.target
      ? h(
          'div',
          { 'data-testid': 'alignment-target' },
          h('h5', {}, t(lang, 'cityTarget')),
          h('p', {}, sectorTargetLine(a.sector, a.target, lang)),
          h('p', { class: 'note' }, labelled(lang, t(lang, 'note')) + noteIn(a.sector.note, lang)),
          renderCitation(a.target.source, lang, openSeed),
        )
      : null,
    a.fields.map((f) =>
      h(
        'div',
        { 'data-testid': 'alignment-field' },
        h('h5', {}, `${t(lang, 'mfgField')} · ${mfgFieldName(f.field, lang)}`),
        renderCitation(f.source, lang, openSeed),
      ),
    ),
    priorities
      ? a.priorities.length
        ? h(
            'div',
            { 'data-testid': 'alignment-priorities' },
            h('h5', {}, t(lang, 'nationalPriorities')),
            h(
              'ul',
              { class: 'plain' },
              a.priorities.map((p) => priorityItem(p, lang, openSeed)),
            ),
          )
        : h('p', { class: 'muted' }, t(lang, 'noPriorities'))
      : null,
  );
}
