/**
 * Turns parsed layout rows into records: each sub-industry with its GB/T 4754 code, its places
 * resolved through the gazetteer, and an openly recorded interpretation where the table is odd.
 */
import { classify, DIVISIONS } from './classification.ts';
import { resolvePlace } from './gazetteer.ts';
import type { LayoutRow } from './parse-layout-table.ts';
import type { LayoutRecord } from '../data/types.ts';
export type { LayoutRecord };

function divisionOf(code: string, division: string | undefined): string {
  return division ?? code;
}

/** Builds the records; an unknown place name throws naming the document and line. */
export function resolveLayout(rows: readonly LayoutRow[]): LayoutRecord[] {
  return rows.map((row) => {
    const cat = classify(row.category);
    const own = classify(row.subcategory ?? row.category);
    const gbDivision = divisionOf(own.code, own.division);
    const raw = row.source.quote;
    // The districts cell is the row's last: name the line the name itself stands on.
    const lineOf = (n: string): number =>
      row.source.line + raw.slice(0, raw.lastIndexOf(n)).split('\n').length - 1;
    const places = row.districtNames.map((n) =>
      resolvePlace(n, { doc: row.source.doc, line: lineOf(n) }),
    );
    const notes: string[] = [];
    if (row.subcategory === null) {
      notes.push(
        '小类栏空白：按整个门类理解。The sub-industry cell is blank: read as the whole division.',
      );
    }
    if (gbDivision !== cat.code) {
      const div = DIVISIONS[gbDivision];
      notes.push(
        `表中列于「${row.category}」之下，但按GB/T 4754-2017属于${gbDivision} ${div?.name ?? ''}。` +
          `The table lists it under ${row.category}; GB/T 4754-2017 puts it in ${gbDivision} ${div?.en ?? ''}.`,
      );
    }
    if (places.some((p) => p.kind === 'functional-zone')) {
      const zones = places.filter((p) => p.kind === 'functional-zone').map((p) => p.short);
      notes.push(
        `${zones.join('、')}为功能区，不是区县（见地名表）。${zones.join(', ')}: a functional zone, not a county.`,
      );
    }
    return {
      id: row.subcategory ?? row.category,
      category: row.category,
      categoryEn: cat.en,
      categoryInherited: row.categoryInherited,
      subcategory: row.subcategory,
      name: row.subcategory ?? row.category,
      nameEn: own.en,
      categoryGb: cat.code,
      gb: own.code,
      gbDivision,
      gbDivisionName: DIVISIONS[gbDivision]?.name ?? row.category,
      places: places.map((p) => p.id),
      placeNames: row.districtNames,
      ...(notes.length ? { note: notes.join(' ') } : {}),
      source: row.source,
    };
  });
}
