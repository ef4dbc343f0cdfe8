/**
 * One tab's list: what it shows, and every change to it — reading a file, a fix, a new column
 * mapping, another header row, clearing — written to the device's store first, so the tab shows
 * what is kept and says when another tab changed it. DOM-free: it tells the view what changed and
 * what to say; the view only renders. Operations run one at a time, in order (a reply from
 * another tab waits its turn).
 */
import type { DataFiles } from '../data/types.ts';
import type { ImportClient } from './client.ts';
import type { HeaderFound } from './header.ts';
import type { Encoding, Field, ParseProblem } from './parse.ts';
import type { Mapping, ProjectList, ProjectRow } from './projects.ts';
import type { WorkerReply } from './protocol.ts';
import {
  applyFixes,
  fixContext,
  headerRowOf,
  keepFixes,
  rowIndex,
  type Fix,
  type FixContext,
  type FixField,
  type ListMeta,
  type Op,
  type Refusal,
  type Stored,
} from './list-store.ts';
import { rememberedMapping, rememberMapping, type KeptStore, type ListInput } from './saved.ts';

/** A sentence for the status line: an i18n key and its values (the view words it). */
export interface Notice {
  key: NoticeKey;
  vars: Record<string, string | number>;
  kind: 'info' | 'error';
  /** For a remap or another header row that could not keep every fix: the fixes it dropped. */
  dropped?: Fix[];
}

export type NoticeKey =
  | 'projectsReading'
  | 'projectsRead'
  | 'projectsRestored'
  | 'projectsRefused'
  | 'projectsWorkerFailed'
  | 'projectsSaveFailed'
  | 'projectsCleared'
  | 'projectsClearedElsewhere'
  | 'projectsReplacedElsewhere'
  | 'projectsUpdatedElsewhere'
  | 'projectsMerged'
  | 'projectsRemapped'
  | 'projectsRemapDropped'
  | 'projectsReheadered'
  | 'projectsReheaderDropped'
  | `projectsStale_${Refusal}`;

/** What the view must redraw: everything, only some rows (a fix), or only the status line. */
export type Change = { kind: 'list' } | { kind: 'rows'; rows: ProjectRow[] } | { kind: 'notice' };

export interface ShownList {
  id: string;
  name: string;
  header: string[];
  /** Which row the header was taken from and why (the finder's, or the user's choice). */
  found: HeaderFound;
  /** The sheet's first rows (a few cells each): the header rows the user can choose from. */
  top: string[][];
  /** The header row the user chose (0-based), or null for the finder's. */
  headerRow: number | null;
  preview: string[][];
  mapping: Mapping;
  /** The workbook's sheet names (one for text) and the one read. */
  sheets: string[];
  sheet: number;
  list: ProjectList;
}

export interface ListSession {
  /** The list on screen, or null. */
  shown(): ShownList | null;
  notice(): Notice | null;
  /** Why the list cannot be kept on this device (storage would not open), or null. */
  storageProblem(): string | null;
  /** Opens the store and shows the kept list; resolves when the view is final. */
  start(): Promise<void>;
  read(input: ListInput, label: string): Promise<void>;
  /** Says an input was refused before it was read (a paste over the size limit). */
  refuse(label: string, problem: ParseProblem): void;
  /** Reads the shown list's file again from another of its sheets (a new list: no fixes). */
  chooseSheet(sheet: number): Promise<void>;
  fix(n: number, field: FixField, value: string): Promise<void>;
  remap(field: Field, col: number): Promise<void>;
  /** Reads the list again with its header at sheet row `row` (0-based), the user's choice. */
  reheader(row: number): Promise<void>;
  clear(): Promise<void>;
  /** Looks at the kept state again (another tab wrote, or the tab came back into view). */
  sync(): Promise<void>;
  close(): void;
}

export interface SessionDeps {
  data: DataFiles;
  client: ImportClient;
  openStore: () => Promise<KeptStore>;
  onChange: (c: Change) => void;
  /** A new list id (random: two tabs importing at once never share one). */
  newId?: () => string;
}

type Resolved = Extract<WorkerReply, { type: 'resolved' }>;

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** A tab's state and the steps its operations share. */
interface Core {
  deps: SessionDeps;
  ctx: () => FixContext;
  store: KeptStore | null;
  shown: ShownList | null;
  /** The shown list's input: a chosen header row, or a remap, may need it read again. */
  input: ListInput | null;
  /** The list whose input the worker read last (its remap and reheader work on that). */
  parsed: string | null;
  fixes: Fix[];
  seen: number;
  notice: Notice | null;
  queue: Promise<unknown>;
}

function say(c: Core, key: NoticeKey, vars: Notice['vars'] = {}, kind: Notice['kind'] = 'info') {
  c.notice = { key, vars, kind };
  c.deps.onChange({ kind: 'notice' });
}

/** One operation at a time; a failure is said, never thrown at the view. */
function run(c: Core, task: () => Promise<void>): Promise<void> {
  const p = c.queue.then(task).catch((e: unknown) => {
    say(c, 'projectsWorkerFailed', { error: (e as Error).message }, 'error');
  });
  c.queue = p;
  return p;
}

/** Writes; a storage failure is said and the tab goes on with what it shows. */
async function write(c: Core, op: Op, input?: ListInput) {
  try {
    const r = await c.store!.write(op, c.seen, input);
    c.seen = r.stored.rev;
    return r;
  } catch (e) {
    say(c, 'projectsSaveFailed', { error: (e as Error).message }, 'error');
    return null;
  }
}

const shownFrom = (id: string, name: string, headerRow: number | null, r: Resolved): ShownList => ({
  id,
  name,
  headerRow,
  header: r.header,
  found: r.found,
  top: r.top,
  preview: r.preview,
  mapping: r.mapping,
  sheets: r.sheets,
  sheet: r.sheet,
  list: r.list,
});

/** A reply read again with the mapping last used for its header, when there is one. */
async function withRemembered(c: Core, r: Resolved) {
  const remembered = rememberedMapping(r.header);
  return remembered && !sameMapping(remembered, r.mapping) ? c.deps.client.remap(remembered) : r;
}

/** Reads an input into a shown list (no write); null when refused, with the reason said. */
async function resolve(
  c: Core,
  input: ListInput,
  label: string,
  mapping: Mapping | null,
  id: string,
  headerRow: number | null,
  sheet?: number,
): Promise<{ shown: ShownList; encoding: Encoding | null; ms: number } | null> {
  c.parsed = null;
  // The label is the file's name: an HTML table saved as ".xls" is told by it.
  const r = await c.deps.client.parse(input, mapping, { name: label, sheet, headerRow });
  if (r.type === 'refused') {
    say(c, 'projectsRefused', { name: label, problem: r.problem, detail: r.detail }, 'error');
    return null;
  }
  c.parsed = id;
  const res = mapping ? r : await withRemembered(c, r);
  if (res.type === 'refused') return null;
  return { shown: shownFrom(id, label, headerRow, res), encoding: r.encoding, ms: res.ms };
}

/** Shows a kept list: read again from its input (as it was read), its fixes applied. */
async function showKept(c: Core, meta: ListMeta): Promise<boolean> {
  const input = await c.store!.input(meta.id);
  if (input === undefined) return false;
  const r = await resolve(
    c,
    input,
    meta.name,
    meta.mapping,
    meta.id,
    headerRowOf(meta),
    meta.sheet,
  );
  if (!r) return false;
  c.shown = r.shown;
  c.input = input;
  c.fixes = meta.fixes;
  applyFixes(c.shown.list, c.fixes, c.ctx());
  c.deps.onChange({ kind: 'list' });
  return true;
}

function dropShown(c: Core) {
  c.shown = null;
  c.input = null;
  c.fixes = [];
  c.deps.onChange({ kind: 'list' });
}

/**
 * Brings the tab to the kept state `s` (after another tab's write, or a refused one of ours):
 * the same list read the same way with other fixes patches rows; another mapping, header row or
 * list is read again.
 */
async function adopt(c: Core, s: Stored, quiet = false) {
  c.seen = s.rev;
  const meta = s.list;
  const shown = c.shown;
  if (!meta) {
    if (shown) {
      dropShown(c);
      if (!quiet) say(c, 'projectsClearedElsewhere');
    }
    return;
  }
  if (
    shown &&
    meta.id === shown.id &&
    sameMapping(meta.mapping, shown.mapping) &&
    headerRowOf(meta) === shown.headerRow
  ) {
    const fresh = meta.fixes.filter((f) => !c.fixes.some((x) => sameFix(x, f)));
    c.fixes = meta.fixes;
    const rows = applyFixes(shown.list, fresh, c.ctx());
    if (rows.length) c.deps.onChange({ kind: 'rows', rows });
    if (!quiet && rows.length) say(c, 'projectsUpdatedElsewhere');
    return;
  }
  const sameList = shown?.id === meta.id;
  if (!(await showKept(c, meta))) return;
  if (!quiet)
    say(c, sameList ? 'projectsUpdatedElsewhere' : 'projectsReplacedElsewhere', {
      name: meta.name,
    });
}

async function refused(c: Core, why: Refusal, vars: Notice['vars']) {
  const s = await c.store!.load();
  await adopt(c, s, true);
  say(c, `projectsStale_${why}`, { ...vars, name: s.list?.name ?? '' }, 'error');
}

/**
 * Reads an input as the new list and keeps it. A sheet the user chose is kept with it, like the
 * mapping; a new reading starts with the finder's header row and no fixes.
 */
async function readOp(c: Core, input: ListInput, label: string, id: string, sheet?: number) {
  say(c, 'projectsReading', { name: label });
  const r = await resolve(c, input, label, null, id, null, sheet);
  if (!r) return; // A bad file changes nothing: the list on screen (if any) stays.
  c.shown = r.shown;
  c.input = input;
  c.fixes = [];
  const { name, mapping } = r.shown;
  const list: ListMeta = {
    id,
    name,
    mapping,
    headerRow: null,
    fixes: [],
    savedAt: new Date().toISOString(),
  };
  if (sheet !== undefined) list.sheet = sheet;
  c.deps.onChange({ kind: 'list' });
  say(c, 'projectsRead', {
    name: label,
    n: r.shown.list.rows.length,
    encoding: r.encoding ?? '',
    ms: Math.round(r.ms),
  });
  await write(c, { kind: 'import', list }, input);
}

async function fixOp(c: Core, n: number, field: FixField, value: string) {
  const shown = c.shown;
  if (!shown) return;
  const fix: Fix = { n, field, value, col: shown.mapping[field] };
  const r = await write(c, { kind: 'fix', id: shown.id, fix, headerRow: shown.headerRow });
  if (r?.outcome.kind === 'refused') return refused(c, r.outcome.why, { n });
  // Kept (or not kept, said): the tab shows its fix, and any other tab's merged in.
  const meta = r?.stored.list;
  const all = meta && meta.id === shown.id ? meta.fixes : [...c.fixes, fix];
  const others = all.filter((f) => !sameFix(f, fix) && !c.fixes.some((x) => sameFix(x, f)));
  c.fixes = all.filter((f) => !(f.n === n && f.field === field)).concat(fix);
  const rows = applyFixes(shown.list, [...others, fix], c.ctx());
  c.deps.onChange({ kind: 'rows', rows });
  if (r?.outcome.kind === 'done' && r.outcome.merged && others.length) say(c, 'projectsMerged');
}

/**
 * The list read again by the worker (a new mapping or header row) and kept: the fixes that still
 * apply are applied, the others named. `res` is the worker's reading; `headerRow` the row it
 * took the header from.
 */
async function rereadOp(
  c: Core,
  shown: ShownList,
  res: Resolved,
  headerRow: number | null,
  op: Op & { kind: 'remap' | 'reheader' },
) {
  const r = await write(c, op);
  if (r?.outcome.kind === 'refused') return refused(c, r.outcome.why, {});
  const local = keepFixes(c.fixes, res.mapping, headerRow);
  const dropped = r?.outcome.kind === 'done' ? r.outcome.dropped : local.dropped;
  const keep = r?.stored.list?.fixes ?? local.kept;
  c.shown = shownFrom(shown.id, shown.name, headerRow, res);
  c.fixes = keep;
  applyFixes(c.shown.list, keep, c.ctx(), rowIndex(c.shown.list));
  c.deps.onChange({ kind: 'list' });
  const vars = { kept: keep.length, n: dropped.length, row: (headerRow ?? res.found.row) + 1 };
  const remap = op.kind === 'remap';
  if (dropped.length)
    c.notice = {
      key: remap ? 'projectsRemapDropped' : 'projectsReheaderDropped',
      vars,
      kind: 'error',
      dropped,
    };
  else c.notice = { key: remap ? 'projectsRemapped' : 'projectsReheadered', vars, kind: 'info' };
  c.deps.onChange({ kind: 'notice' });
}

/**
 * Asks the worker to read the shown list again: with its last reading when the worker still
 * holds this list's sheet, else from the input (another file was read, or refused, meanwhile).
 */
async function reread(
  c: Core,
  shown: ShownList,
  how: { mapping: Mapping } | { headerRow: number },
): Promise<Resolved | null> {
  const client = c.deps.client;
  const held = c.parsed === shown.id;
  let r: Resolved | Extract<WorkerReply, { type: 'refused' }>;
  // Read from the input again: the same sheet as shown (the sheet read is the one kept).
  const opts = { name: shown.name, sheet: shown.sheet };
  if ('mapping' in how)
    r = held
      ? await client.remap(how.mapping)
      : await client.parse(c.input!, how.mapping, { ...opts, headerRow: shown.headerRow });
  else
    r = held
      ? await client.reheader(how.headerRow)
      : await client.parse(c.input!, null, { ...opts, headerRow: how.headerRow });
  if (r.type === 'refused') {
    // The worker's reading may be another than the shown list's now: the next one starts afresh.
    if (!held) c.parsed = null;
    const vars = { name: shown.name, problem: r.problem, detail: r.detail };
    say(c, 'projectsRefused', vars, 'error');
    return null;
  }
  c.parsed = shown.id;
  return r;
}

async function remapOp(c: Core, field: Field, col: number) {
  const shown = c.shown;
  if (!shown || !c.input) return;
  const mapping = { ...shown.mapping, [field]: col };
  const res = await reread(c, shown, { mapping });
  if (!res) return;
  rememberMapping(shown.header, mapping);
  await rereadOp(c, shown, res, shown.headerRow, { kind: 'remap', id: shown.id, mapping });
}

async function reheaderOp(c: Core, row: number) {
  const shown = c.shown;
  if (!shown || !c.input) return;
  const first = await reread(c, shown, { headerRow: row });
  const res = first && (await withRemembered(c, first));
  if (!res || res.type === 'refused') return;
  const op = { kind: 'reheader', id: shown.id, headerRow: row, mapping: res.mapping } as const;
  await rereadOp(c, shown, res, row, op);
}

export function createListSession(deps: SessionDeps): ListSession {
  const newId = deps.newId ?? randomId;
  const c: Core = {
    deps,
    ctx: fixContext(deps.data),
    store: null,
    shown: null,
    input: null,
    parsed: null,
    fixes: [],
    seen: 0,
    notice: null,
    queue: Promise.resolve(),
  };
  let unlisten = () => undefined as void;
  const session: ListSession = {
    shown: () => c.shown,
    notice: () => c.notice,
    storageProblem: () => c.store?.problem ?? null,
    start: () =>
      run(c, async () => {
        const store = (c.store = await deps.openStore());
        if (store.problem) deps.onChange({ kind: 'notice' });
        unlisten = store.onChange(() => void session.sync());
        const s = await store.load();
        c.seen = s.rev;
        if (s.list && (await showKept(c, s.list)) && c.shown)
          say(c, 'projectsRestored', { name: s.list.name, n: c.shown.list.rows.length });
      }),
    read: (input, label) => run(c, () => readOp(c, input, label, newId())),
    refuse: (label, problem) =>
      say(c, 'projectsRefused', { name: label, problem, detail: '' }, 'error'),
    // Another sheet is another list: a new id, the finder's header row, no fixes.
    chooseSheet: (sheet) =>
      run(c, async () => {
        const shown = c.shown;
        if (shown && c.input !== null && sheet !== shown.sheet)
          await readOp(c, c.input, shown.name, newId(), sheet);
      }),
    fix: (n, field, value) => run(c, () => fixOp(c, n, field, value)),
    remap: (field, col) => run(c, () => remapOp(c, field, col)),
    reheader: (row) => run(c, () => reheaderOp(c, row)),
    clear: () =>
      run(c, async () => {
        await write(c, { kind: 'clear' });
        dropShown(c);
        say(c, 'projectsCleared');
      }),
    sync: () =>
      run(c, async () => {
        if (!c.store) return;
        const s = await c.store.load();
        if (s.rev !== c.seen) await adopt(c, s);
      }),
    close: () => {
      unlisten();
      c.store?.close();
    },
  };
  return session;
}

const sameMapping = (a: Mapping | null, b: Mapping | null) =>
  JSON.stringify(a) === JSON.stringify(b);

const sameFix = (a: Fix, b: Fix) =>
  a.n === b.n && a.field === b.field && a.value === b.value && a.col === b.col;
