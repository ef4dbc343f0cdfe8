/**
 * One tab's list: what it shows, and every change to it — reading a file, a fix, a new column
 * mapping, clearing — written to the device's store first, so the tab shows what is kept and says
 * when another tab changed it. DOM-free: it tells the view what changed and what to say; the view
 * only renders. Operations run one at a time, in order (a reply from another tab waits its turn).
 */
import type { DataFiles } from '../data/types.ts';
import type { ImportClient } from './client.ts';
import type { Encoding, Field } from './parse.ts';
import type { Mapping, ProjectList, ProjectRow } from './projects.ts';
import {
  applyFixes,
  fixContext,
  rowIndex,
  type Fix,
  type FixField,
  type ListMeta,
  type Refusal,
  type Stored,
} from './list-store.ts';
import { rememberedMapping, rememberMapping, type KeptStore, type ListInput } from './saved.ts';

/** A sentence for the status line: an i18n key and its values (the view words it). */
export interface Notice {
  key: NoticeKey;
  vars: Record<string, string | number>;
  kind: 'info' | 'error';
  /** For a remap that could not keep every fix: the fixes it dropped. */
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
  | `projectsStale_${Refusal}`;

/** What the view must redraw: everything, only some rows (a fix), or only the status line. */
export type Change = { kind: 'list' } | { kind: 'rows'; rows: ProjectRow[] } | { kind: 'notice' };

export interface ShownList {
  id: string;
  name: string;
  header: string[];
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
  /** Reads the shown list's file again from another of its sheets (a new list: no fixes). */
  chooseSheet(sheet: number): Promise<void>;
  fix(n: number, field: FixField, value: string): Promise<void>;
  remap(field: Field, col: number): Promise<void>;
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

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function createListSession(deps: SessionDeps): ListSession {
  const { client, onChange } = deps;
  const ctx = fixContext(deps.data);
  const newId = deps.newId ?? randomId;
  let store: KeptStore | null = null;
  let shown: ShownList | null = null;
  /** The shown list's input, kept to read another sheet of it (storage may have failed). */
  let shownInput: ListInput | null = null;
  let fixes: Fix[] = [];
  let seen = 0;
  let notice: Notice | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let unlisten = () => undefined as void;

  const say = (key: NoticeKey, vars: Notice['vars'] = {}, kind: Notice['kind'] = 'info') => {
    notice = { key, vars, kind };
    onChange({ kind: 'notice' });
  };
  /** One operation at a time; a failure is said, never thrown at the view. */
  const run = (task: () => Promise<void>): Promise<void> => {
    const p = queue.then(task).catch((e: unknown) => {
      say('projectsWorkerFailed', { error: (e as Error).message }, 'error');
    });
    queue = p;
    return p;
  };
  const kept = (): KeptStore => store!;

  /** Writes; a storage failure is said and the tab goes on with what it shows. */
  const write = async (...a: Parameters<KeptStore['write']>) => {
    try {
      const r = await kept().write(...a);
      seen = r.stored.rev;
      return r;
    } catch (e) {
      say('projectsSaveFailed', { error: (e as Error).message }, 'error');
      return null;
    }
  };

  /** Reads an input into a shown list (no write); null when refused, with the reason said. */
  const resolve = async (
    input: ListInput,
    label: string,
    mapping: Mapping | null,
    id: string,
    sheet?: number,
  ): Promise<{ shown: ShownList; encoding: Encoding | null; ms: number } | null> => {
    // The label is the file's name: an HTML table saved as ".xls" is told by it.
    const r = await client.parse(input, mapping, { name: label, sheet });
    if (r.type === 'refused') {
      say('projectsRefused', { name: label, problem: r.problem, detail: r.detail }, 'error');
      return null;
    }
    const remembered = mapping ? null : rememberedMapping(r.header);
    const res =
      remembered && JSON.stringify(remembered) !== JSON.stringify(r.mapping)
        ? await client.remap(remembered)
        : r;
    if (res.type === 'refused') return null;
    const s = { id, name: label, header: res.header, preview: res.preview, mapping: res.mapping };
    const book = { sheets: r.sheets, sheet: r.sheet };
    return { shown: { ...s, ...book, list: res.list }, encoding: r.encoding, ms: res.ms };
  };

  /** Shows a kept list: read again from its input, its fixes applied. */
  const showKept = async (meta: ListMeta): Promise<boolean> => {
    const input = await kept().input(meta.id);
    if (input === undefined) return false;
    const r = await resolve(input, meta.name, meta.mapping, meta.id, meta.sheet);
    if (!r) return false;
    shown = r.shown;
    shownInput = input;
    fixes = meta.fixes;
    applyFixes(shown.list, fixes, ctx());
    onChange({ kind: 'list' });
    return true;
  };

  const dropShown = () => {
    shown = null;
    shownInput = null;
    fixes = [];
    onChange({ kind: 'list' });
  };

  /**
   * Brings the tab to the kept state `s` (after another tab's write, or a refused one of ours):
   * the same list with other fixes patches rows; another mapping or list is read again.
   */
  const adopt = async (s: Stored, quiet = false) => {
    seen = s.rev;
    const meta = s.list;
    if (!meta) {
      if (shown) {
        dropShown();
        if (!quiet) say('projectsClearedElsewhere');
      }
      return;
    }
    if (shown && meta.id === shown.id && sameMapping(meta.mapping, shown.mapping)) {
      const fresh = meta.fixes.filter((f) => !fixes.some((x) => sameFix(x, f)));
      fixes = meta.fixes;
      const rows = applyFixes(shown.list, fresh, ctx());
      if (rows.length) onChange({ kind: 'rows', rows });
      if (!quiet && rows.length) say('projectsUpdatedElsewhere');
      return;
    }
    const sameList = shown?.id === meta.id;
    if (!(await showKept(meta))) return;
    if (!quiet)
      say(sameList ? 'projectsUpdatedElsewhere' : 'projectsReplacedElsewhere', { name: meta.name });
  };

  const refused = async (why: Refusal, vars: Notice['vars']) => {
    const s = await kept().load();
    await adopt(s, true);
    say(`projectsStale_${why}`, { ...vars, name: s.list?.name ?? '' }, 'error');
  };

  /** Reads an input as the new list and keeps it (a sheet chosen: kept with it, like the mapping). */
  const readList = async (input: ListInput, label: string, sheet?: number) => {
    say('projectsReading', { name: label });
    const r = await resolve(input, label, null, newId(), sheet);
    if (!r) return; // A bad file changes nothing: the list on screen (if any) stays.
    shown = r.shown;
    shownInput = input;
    fixes = [];
    const { id, name, mapping } = r.shown;
    const list: ListMeta = { id, name, mapping, fixes, savedAt: new Date().toISOString() };
    if (sheet !== undefined) list.sheet = sheet;
    onChange({ kind: 'list' });
    say('projectsRead', {
      name: label,
      n: r.shown.list.rows.length,
      encoding: r.encoding ?? '',
      ms: Math.round(r.ms),
    });
    await write({ kind: 'import', list }, seen, input);
  };

  const session: ListSession = {
    shown: () => shown,
    notice: () => notice,
    storageProblem: () => store?.problem ?? null,
    start: () =>
      run(async () => {
        store = await deps.openStore();
        if (store.problem) onChange({ kind: 'notice' });
        unlisten = store.onChange(() => void session.sync());
        const s = await kept().load();
        seen = s.rev;
        if (s.list && (await showKept(s.list)) && shown)
          say('projectsRestored', { name: s.list.name, n: shown.list.rows.length });
      }),
    read: (input, label) => run(() => readList(input, label)),
    chooseSheet: (sheet) =>
      run(async () => {
        if (shown && shownInput !== null && sheet !== shown.sheet)
          await readList(shownInput, shown.name, sheet);
      }),
    fix: (n, field, value) =>
      run(async () => {
        if (!shown) return;
        const fix: Fix = { n, field, value, col: shown.mapping[field] };
        const r = await write({ kind: 'fix', id: shown.id, fix }, seen);
        if (r?.outcome.kind === 'refused') return refused(r.outcome.why, { n });
        // Kept (or not kept, said): the tab shows its fix, and any other tab's merged in.
        const meta = r?.stored.list;
        const all = meta && meta.id === shown.id ? meta.fixes : [...fixes, fix];
        const others = all.filter((f) => !sameFix(f, fix) && !fixes.some((x) => sameFix(x, f)));
        fixes = all.filter((f) => !(f.n === n && f.field === field)).concat(fix);
        const rows = applyFixes(shown.list, [...others, fix], ctx());
        onChange({ kind: 'rows', rows });
        if (r?.outcome.kind === 'done' && r.outcome.merged && others.length) say('projectsMerged');
      }),
    remap: (field, col) =>
      run(async () => {
        if (!shown) return;
        const mapping = { ...shown.mapping, [field]: col };
        const r = await write({ kind: 'remap', id: shown.id, mapping }, seen);
        if (r?.outcome.kind === 'refused') return refused(r.outcome.why, {});
        const dropped = r?.outcome.kind === 'done' ? r.outcome.dropped : [];
        const keep = r?.stored.list?.fixes ?? fixes.filter((f) => mapping[f.field] === f.col);
        const res = await client.remap(mapping);
        if (res.type !== 'resolved') return;
        shown = { ...shown, mapping: res.mapping, preview: res.preview, list: res.list };
        fixes = keep;
        applyFixes(shown.list, fixes, ctx(), rowIndex(shown.list));
        rememberMapping(shown.header, mapping);
        onChange({ kind: 'list' });
        if (dropped.length)
          notice = {
            key: 'projectsRemapDropped',
            vars: { kept: keep.length, n: dropped.length },
            kind: 'error',
            dropped,
          };
        else notice = { key: 'projectsRemapped', vars: { kept: keep.length }, kind: 'info' };
        onChange({ kind: 'notice' });
      }),
    clear: () =>
      run(async () => {
        await write({ kind: 'clear' }, seen);
        dropShown();
        say('projectsCleared');
      }),
    sync: () =>
      run(async () => {
        if (!store) return;
        const s = await kept().load();
        if (s.rev !== seen) await adopt(s);
      }),
    close: () => {
      unlisten();
      store?.close();
    },
  };
  return session;
}

const sameMapping = (a: Mapping | null, b: Mapping | null) =>
  JSON.stringify(a) === JSON.stringify(b);

const sameFix = (a: Fix, b: Fix) =>
  a.n === b.n && a.field === b.field && a.value === b.value && a.col === b.col;
