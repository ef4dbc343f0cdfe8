/**
 * Extracts 「"十四五"重庆消费品工业重点产业布局指引」 from seed 000's text.
 *
 * The text lays the table out as blocks separated by blank lines; in a block each line that starts
 * with a tab opens a cell, and a line without one continues the cell before it (cells broken across
 * lines: "酒、饮料和精制茶" + "制造业"). Cells may carry trailing spaces. A blank 门类 continues
 * the 门类 above; a blank 小类 means the whole 门类.
 */
import { lineAt, type Source } from './seed-text.ts';

export const LAYOUT_TABLE_TITLE = '“十四五”重庆消费品工业重点产业布局指引';
const TABLE_END = '专栏1';

/** A table row as the seed has it, before any interpretation. */
export interface SeedTableRow {
  /** Cell texts with line breaks inside a cell joined and outer whitespace trimmed. */
  cells: [category: string, subcategory: string, districts: string];
  /** The row's verbatim text in the seed (tabs, line breaks and trailing spaces included). */
  raw: string;
  line: number;
}

/** A table row read: 门类 filled in where the seed leaves it blank, districts split. */
export interface LayoutRow {
  /** 门类 as the seed writes it; '' where the cell is blank. */
  categoryCell: string;
  /** 门类 the row belongs to by the table's convention (a blank cell continues the row above). */
  category: string;
  categoryInherited: boolean;
  /** 小类; null where the cell is blank and the whole 门类 is meant. */
  subcategory: string | null;
  /** District names exactly as the seed spells them, in order. */
  districtNames: string[];
  source: Source;
}

function splitCells(block: string): string[] {
  const cells: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('\t')) cells.push(line.slice(1));
    else if (cells.length > 0) cells[cells.length - 1] += line;
    else if (line.trim()) cells.push(line);
  }
  return cells.map((c) => c.trim());
}

/** The table's rows as the seed has them (header excluded). Throws if the table is not found. */
export function readLayoutTable(text: string): SeedTableRow[] {
  const titleAt = text.indexOf(LAYOUT_TABLE_TITLE);
  if (titleAt < 0) throw new Error(`layout table "${LAYOUT_TABLE_TITLE}" not found in seed 000`);
  const bodyStart = text.indexOf('\n', titleAt) + 1;
  const endAt = text.indexOf(TABLE_END, bodyStart);
  if (endAt < 0) throw new Error('end of layout table (专栏1) not found in seed 000');
  const body = text.slice(bodyStart, endAt);

  const rows: SeedTableRow[] = [];
  let cursor = 0;
  for (const block of body.split(/\n\n+/)) {
    const at = body.indexOf(block, cursor);
    cursor = at + block.length;
    if (!block.trim()) continue;
    const cells = splitCells(block);
    if (cells.length !== 3) {
      throw new Error(
        `layout table: a row with ${cells.length} cells at line ${lineAt(text, bodyStart + at)}`,
      );
    }
    const raw = block.replace(/\n+$/, '');
    rows.push({
      cells: [cells[0] ?? '', cells[1] ?? '', cells[2] ?? ''],
      raw,
      line: lineAt(text, bodyStart + at),
    });
  }
  const header = rows.shift();
  if (!header || header.cells[1] !== '小类') throw new Error('layout table: header row not found');
  return rows;
}

/** Splits a districts cell: "江津、涪陵、万州" → names; the seed's "、" lists may end in "、". */
export function splitDistricts(cell: string): string[] {
  return cell
    .split('、')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads the table into rows, filling blank 门类 cells from the row above. */
export function parseLayoutTable(text: string): LayoutRow[] {
  let current = '';
  return readLayoutTable(text).map((row) => {
    const [categoryCell, sub, districts] = row.cells;
    if (categoryCell) current = categoryCell;
    if (!current) throw new Error(`layout table: first row at line ${row.line} has no 门类`);
    return {
      categoryCell,
      category: current,
      categoryInherited: !categoryCell,
      subcategory: sub || null,
      districtNames: splitDistricts(districts),
      source: { doc: '000', quote: row.raw, line: row.line },
    };
  });
}
