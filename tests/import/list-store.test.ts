/**
 * The kept list and its changes: writes from two tabs merge fix by fix, a stale write never brings
 * back a cleared list or overwrites a newer one, a new mapping keeps the fixes that still apply
 * and names the rest, a fix re-resolves its row with the one status rule. The session is driven
 * as two tabs sharing one device store (the worker's part done by the same pure functions).
 */
import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  applyOp,
  fixContext,
  keepFixes,
  NOTHING_STORED,
  type Fix,
  type ListMeta,
  type Stored,
} from '../../src/import/list-store.ts';
import { createListSession, type ListSession } from '../../src/import/list-session.ts';
import type { ImportClient } from '../../src/import/client.ts';
import type { KeptStore, ListInput } from '../../src/import/saved.ts';
import { applyOp as apply } from '../../src/import/list-store.ts';
import {
  checkTable,
  guessMapping,
  parseTable,
  readCells,
  type Table,
} from '../../src/import/parse.ts';
import { resolveProjects, rowStatus, type Mapping } from '../../src/import/projects.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const mapping: Mapping = {
  name: 0,
  industry: 1,
  place: 2,
  amount: -1,
  stage: -1,
  date: -1,
  investor: -1,
};
const meta = (id: string, fixes: Fix[] = []): ListMeta => ({
  id,
  name: id,
  mapping,
  fixes,
  savedAt: '2026-12-04',
});
const fix = (n: number, field: Fix['field'], value: string): Fix => ({
  n,
  field,
  value,
  col: mapping[field],
});
const at = (rev: number, list: ListMeta | null): Stored => ({ rev, list });

describe('applyOp: one kept state, any number of tabs', () => {
  it('merges fixes to one list made from the same revision (edit/edit): both kept', () => {
    const base = at(5, meta('L'));
    const a = applyOp(
      base,
      { kind: 'fix', id: 'L', fix: fix(13, 'place', '江津区'), headerRow: null },
      5,
    );
    expect(a.outcome).toEqual({ kind: 'done', merged: false, dropped: [] });
    // Tab B saw revision 5 too, and writes after A.
    const b = applyOp(
      a.next!,
      { kind: 'fix', id: 'L', fix: fix(17, 'industry', '眼镜'), headerRow: null },
      5,
    );
    expect(b.outcome).toEqual({ kind: 'done', merged: true, dropped: [] });
    expect(b.next!.rev).toBe(7);
    expect(b.next!.list!.fixes.map((f) => [f.n, f.field])).toEqual([
      [13, 'place'],
      [17, 'industry'],
    ]);
  });

  it('a later fix of the same cell replaces the earlier', () => {
    const s = at(1, meta('L', [fix(3, 'place', '甲')]));
    const r = applyOp(
      s,
      { kind: 'fix', id: 'L', fix: fix(3, 'place', '江津'), headerRow: null },
      1,
    );
    expect(r.next!.list!.fixes).toEqual([fix(3, 'place', '江津')]);
  });

  it('refuses a fix to a cleared list (clear/edit): the list stays cleared', () => {
    const cleared = applyOp(at(4, meta('L')), { kind: 'clear' }, 4).next!;
    expect(cleared).toEqual({ rev: 5, list: null });
    const r = applyOp(
      cleared,
      { kind: 'fix', id: 'L', fix: fix(2, 'place', '江津'), headerRow: null },
      4,
    );
    expect(r).toEqual({ next: null, outcome: { kind: 'refused', why: 'cleared' } });
  });

  it('refuses a fix to a replaced list (import/edit): the new list stays', () => {
    const b = applyOp(at(4, meta('old')), { kind: 'import', list: meta('new') }, 4).next!;
    const r = applyOp(
      b,
      { kind: 'fix', id: 'old', fix: fix(2, 'place', '江津'), headerRow: null },
      4,
    );
    expect(r.outcome).toEqual({ kind: 'refused', why: 'replaced' });
    expect(r.next).toBeNull();
  });

  it('refuses a fix made under columns another tab has since changed', () => {
    const moved = at(2, { ...meta('L'), mapping: { ...mapping, place: 4 } });
    const r = applyOp(
      moved,
      { kind: 'fix', id: 'L', fix: fix(2, 'place', '江津'), headerRow: null },
      1,
    );
    expect(r.outcome).toEqual({ kind: 'refused', why: 'columns-changed' });
  });

  it('a remap keeps the fixes whose column is still read and names the others', () => {
    const s = at(3, meta('L', [fix(2, 'place', '江津'), fix(5, 'industry', '眼镜')]));
    const next: Mapping = { ...mapping, industry: 4 };
    const r = applyOp(s, { kind: 'remap', id: 'L', mapping: next }, 3);
    expect(r.outcome).toEqual({
      kind: 'done',
      merged: false,
      dropped: [fix(5, 'industry', '眼镜')],
    });
    expect(r.next!.list!.fixes).toEqual([fix(2, 'place', '江津')]);
    expect(keepFixes([fix(2, 'place', 'x')], mapping).kept).toHaveLength(1);
  });

  it('another header row keeps the fixes under it whose column is still read; a fix for the old reading is refused', () => {
    const s = at(
      3,
      meta('L', [fix(3, 'place', '江津'), fix(5, 'place', '奉节'), fix(6, 'industry', '眼镜')]),
    );
    const next: Mapping = { ...mapping, industry: 4 };
    const r = applyOp(s, { kind: 'reheader', id: 'L', headerRow: 3, mapping: next }, 3);
    // Row 3 is above the new header (sheet row 4); row 6's industry is read from another column.
    expect(r.outcome).toEqual({
      kind: 'done',
      merged: false,
      dropped: [fix(3, 'place', '江津'), fix(6, 'industry', '眼镜')],
    });
    expect(r.next!.list).toMatchObject({
      headerRow: 3,
      mapping: next,
      fixes: [fix(5, 'place', '奉节')],
    });
    // A later remap keeps the chosen row.
    const m = applyOp(r.next!, { kind: 'remap', id: 'L', mapping }, 4);
    expect(m.next!.list!.headerRow).toBe(3);
    const stale = applyOp(
      r.next!,
      { kind: 'fix', id: 'L', fix: fix(7, 'place', 'x'), headerRow: null },
      3,
    );
    expect(stale.outcome).toEqual({ kind: 'refused', why: 'header-changed' });
  });

  it('import and clear always write, on top of whatever is kept', () => {
    expect(applyOp(NOTHING_STORED, { kind: 'import', list: meta('A') }, 0).next).toEqual(
      at(1, meta('A')),
    );
    expect(applyOp(at(9, meta('A')), { kind: 'clear' }, 2).next).toEqual(at(10, null));
  });
});

const table = '项目名称\t行业\t区县\n甲\t眼镜\t某地\n乙\t某业\t江津\n\t\t\n';

describe('applyFixes and the one status rule', () => {
  it('re-resolves a fixed row, recounts, and leaves an empty row unresolved', () => {
    const p = parseTable(table);
    if (!p.ok) throw new Error(p.problem);
    const list = resolveProjects(data, p.header, p.rows, guessMapping(p.header), p.lines);
    expect(list.counts).toEqual({ resolved: 0, partial: 2, unresolved: 1 });
    const ctx = fixContext(data)();
    // Rows by their sheet numbers (the header is row 1): row 2 is the first project.
    const changed = applyFixes(list, [fix(2, 'place', '奉节县'), fix(9, 'place', '江津')], ctx);
    expect(changed.map((r) => r.n)).toEqual([2]);
    expect(list.rows[0]!.status).toBe('resolved');
    expect(list.rows[0]!.fit?.verdict).toBe('planned');
    expect(list.counts).toEqual({ resolved: 1, partial: 1, unresolved: 1 });
    // The empty row stays unresolved even if one cell is fixed: the same rule as the import.
    applyFixes(list, [fix(4, 'place', '江津')], ctx);
    expect(list.rows[2]!.status).toBe('unresolved');
    expect(rowStatus(list.rows[2]!)).toBe('unresolved');
  });
});

/** One device: a store shared by the tabs, telling the others after each write. */
function device() {
  let stored = NOTHING_STORED;
  const inputs = new Map<string, ListInput>();
  const tabs = new Set<() => void>();
  const open = (): Promise<KeptStore> => {
    let me: (() => void) | null = null;
    return Promise.resolve({
      problem: null,
      load: () => Promise.resolve(stored),
      input: (id) => Promise.resolve(inputs.get(id)),
      write: (op, seen, input) => {
        if (op.kind === 'import' && input !== undefined) inputs.set(op.list.id, input);
        const { next, outcome } = apply(stored, op, seen);
        if (next) {
          stored = next;
          for (const t of tabs) if (t !== me) t();
        }
        return Promise.resolve({ stored, outcome });
      },
      onChange: (cb) => {
        me = cb;
        tabs.add(cb);
        return () => tabs.delete(cb);
      },
      close: () => undefined,
    });
  };
  return { open, stored: () => stored };
}

/**
 * The worker's part, done by the same pure functions on this thread. A text with form feeds
 * stands for a workbook of several sheets (named S1, S2…).
 */
function client(): ImportClient {
  let cells: string[][] | null = null;
  let last: Table | null = null;
  let book = { sheets: [''], sheet: 0 };
  const resolved = (m: Mapping) => ({
    type: 'resolved' as const,
    id: 0,
    encoding: null,
    ...book,
    header: last!.header,
    found: last!.found,
    top: cells!.slice(0, 30).map((r) => r.slice(0, 12)),
    preview: last!.rows.slice(0, 5),
    mapping: m,
    list: resolveProjects(data, last!.header, last!.rows, m, last!.lines),
    ms: 0,
  });
  const take = (row: number | undefined, m: Mapping | null) => {
    const p = checkTable(cells!, 'utf-8', '\t', row);
    if (!p.ok)
      return Promise.resolve({ type: 'refused' as const, id: 0, problem: p.problem, detail: '' });
    last = p;
    return Promise.resolve(resolved(m ?? guessMapping(p.header)));
  };
  return {
    parse: (input, m, opts) => {
      const parts = typeof input === 'string' ? input.split('\f') : [input as Uint8Array];
      const sheet = opts?.sheet ?? 0;
      book = { sheets: parts.map((_, i) => (parts.length > 1 ? `S${i + 1}` : '')), sheet };
      const c = readCells(parts[sheet]!);
      if (!c.ok) return Promise.resolve({ type: 'refused', id: 0, problem: c.problem, detail: '' });
      cells = c.cells;
      return take(opts?.headerRow ?? undefined, m);
    },
    remap: (m) => Promise.resolve(resolved(m)),
    reheader: (row) => take(row, null),
    close: () => undefined,
  };
}

let ids = 0;
const tab = (d: ReturnType<typeof device>): ListSession =>
  createListSession({
    data,
    client: client(),
    openStore: d.open,
    onChange: () => undefined,
    newId: () => `list-${++ids}`,
  });
const status = (s: ListSession, n: number) => s.shown()?.list.rows.find((r) => r.n === n)?.status;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('two tabs of one device', () => {
  it('edit/edit: both fixes kept, and each tab shows the other’s', async () => {
    const d = device();
    const [a, b] = [tab(d), tab(d)];
    await a.start();
    await b.start();
    await a.read(table, 'pasted');
    await b.sync();
    await a.fix(2, 'place', '奉节县');
    await b.fix(3, 'industry', '眼镜');
    await settle();
    await a.sync();
    expect(d.stored().list!.fixes.map((f) => f.n)).toEqual([2, 3]);
    for (const t of [a, b]) {
      expect(status(t, 2)).toBe('resolved');
      expect(status(t, 3)).toBe('resolved');
    }
    // A tab opened afterwards (a reload) shows both.
    const c = tab(d);
    await c.start();
    expect([status(c, 2), status(c, 3)]).toEqual(['resolved', 'resolved']);
    expect(c.notice()?.key).toBe('projectsRestored');
  });

  it('clear/edit: the list stays cleared and the editing tab is told', async () => {
    const d = device();
    const [a, b] = [tab(d), tab(d)];
    await a.start();
    await b.start();
    await a.read(table, 'pasted');
    await b.sync();
    // B has not heard of the clear yet when it writes its fix (the message is still on its way).
    await a.clear();
    await b.fix(2, 'place', '奉节县');
    expect(d.stored().list).toBeNull();
    expect(b.shown()).toBeNull();
    expect(b.notice()?.key).toMatch(/^projects(Stale_cleared|ClearedElsewhere)$/);
  });

  it('import/edit: the new list stays and the old list’s tab is told and shows it', async () => {
    const d = device();
    const [a, b] = [tab(d), tab(d)];
    await a.start();
    await b.start();
    await a.read(table, 'old');
    await b.sync();
    await b.read('项目名称\t行业\t区县\n新\t白酒\t江津\n', 'new');
    await a.fix(2, 'place', '奉节县');
    await settle();
    expect(d.stored().list!.name).toBe('new');
    expect(a.shown()?.name).toBe('new');
    expect(a.shown()?.list.rows).toHaveLength(1);
  });

  it('a sheet chosen is kept with the list: a reload reads that sheet again', async () => {
    const d = device();
    const a = tab(d);
    await a.start();
    await a.read(`${table}\f项目名称\t行业\t区县\n丙\t白酒\t江津\n`, 'book.xlsx');
    expect(a.shown()).toMatchObject({ sheets: ['S1', 'S2'], sheet: 0 });
    await a.chooseSheet(1);
    expect(a.shown()).toMatchObject({ name: 'book.xlsx', sheet: 1 });
    expect(a.shown()?.list.rows.map((r) => r.name)).toEqual(['丙']);
    expect(d.stored().list?.sheet).toBe(1);
    const b = tab(d);
    await b.start();
    expect(b.shown()?.sheet).toBe(1);
    expect(b.shown()?.list.rows.map((r) => r.name)).toEqual(['丙']);
  });

  it('another sheet starts afresh (the finder’s header row, no fixes); a header row chosen there is read from that sheet', async () => {
    const d = device();
    const a = tab(d);
    await a.start();
    const two = '项目名称\t行业\t区县\n项目\t行业\t建设地点\n';
    await a.read(`${two}甲\t眼镜\t某地\n\f${two}丙\t白酒\t某地\n丁\t眼镜\t某地\n`, 'book.xlsx');
    await a.reheader(1);
    await a.fix(3, 'place', '江津');
    expect(d.stored().list).toMatchObject({ headerRow: 1, fixes: [{ n: 3 }] });
    await a.chooseSheet(1);
    expect(a.shown()).toMatchObject({ sheet: 1, headerRow: null, found: { row: 0 } });
    expect(d.stored().list).toMatchObject({ sheet: 1, headerRow: null, fixes: [] });
    // The worker reads another input meanwhile (refused): the header row is read from the file.
    await a.read('', 'empty.csv');
    expect(a.notice()?.key).toBe('projectsRefused');
    await a.reheader(1);
    expect(a.shown()?.list.rows.map((r) => r.name)).toEqual(['丙', '丁']);
    expect(d.stored().list).toMatchObject({ sheet: 1, headerRow: 1 });
    const b = tab(d);
    await b.start();
    expect(b.shown()).toMatchObject({ sheet: 1, headerRow: 1 });
    expect(b.shown()?.list.rows.map((r) => r.n)).toEqual([3, 4]);
  });

  it('remap keeps the fixes that still apply and says which it could not keep', async () => {
    const d = device();
    const a = tab(d);
    await a.start();
    await a.read('项目名称\t行业\t区县\t备注\n甲\t眼镜\t某地\t眼镜\n乙\t某业\t江津\t白酒\n', 'x');
    await a.fix(2, 'place', '奉节县');
    await a.fix(3, 'industry', '白酒');
    expect([status(a, 2), status(a, 3)]).toEqual(['resolved', 'resolved']);
    await a.remap('industry', 3);
    expect(status(a, 2)).toBe('resolved'); // the place fix still applies
    expect(a.shown()?.list.rows[0]!.place?.id).toBe('500236');
    expect(a.notice()).toMatchObject({
      key: 'projectsRemapDropped',
      vars: { kept: 1, n: 1 },
      dropped: [{ n: 3, field: 'industry', value: '白酒' }],
    });
    expect(d.stored().list!.fixes).toHaveLength(1);
  });

  it('another header row is kept with the list: fixes to rows now the header are dropped and named; other tabs and a reload read the same way', async () => {
    const d = device();
    const [a, b] = [tab(d), tab(d)];
    await a.start();
    await b.start();
    // Two header-like rows: the finder takes the first; the user takes the second.
    await a.read(
      '项目名称\t行业\t区县\n项目\t行业\t建设地点\n甲\t眼镜\t某地\n乙\t白酒\t某地\n',
      'x',
    );
    await b.sync();
    expect(a.shown()?.found.row).toBe(0);
    expect(a.shown()?.list.rows.map((r) => r.n)).toEqual([2, 3, 4]);
    await a.fix(2, 'place', '江津');
    await a.fix(3, 'place', '奉节县');
    await a.reheader(1);
    expect(a.shown()?.found).toMatchObject({ row: 1, chosen: true });
    expect(a.shown()?.list.rows.map((r) => r.n)).toEqual([3, 4]);
    expect(status(a, 3)).toBe('resolved'); // its fix still applies: same column, still a project
    expect(a.notice()).toMatchObject({
      key: 'projectsReheaderDropped',
      vars: { kept: 1, n: 1, row: 2 },
      dropped: [{ n: 2, field: 'place', value: '江津' }],
    });
    expect(d.stored().list).toMatchObject({ headerRow: 1, fixes: [{ n: 3 }] });
    // B shows A's reading (told at once, or on its fix made on the finder's reading, refused).
    await b.fix(4, 'place', '江津');
    expect(b.notice()?.key).toMatch(/^projects(Stale_header-changed|UpdatedElsewhere|Merged)$/);
    expect(b.shown()?.found).toMatchObject({ row: 1, chosen: true });
    expect(status(b, 3)).toBe('resolved');
    // A reload reads the file with the chosen row too.
    const c = tab(d);
    await c.start();
    expect(c.shown()?.headerRow).toBe(1);
    expect(c.shown()?.list.rows.map((r) => r.n)).toEqual([3, 4]);
    expect(status(c, 3)).toBe('resolved');
  });
});
