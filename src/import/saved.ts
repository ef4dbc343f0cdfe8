/**
 * The user's list kept on this device (IndexedDB, through idb-keyval) until they clear it, kept
 * in step between tabs: every write is one read-check-write transaction against the kept
 * revision (list-store.ts `applyOp`), and after it the other tabs are told on a BroadcastChannel.
 * Storage that cannot open gives a store for this session only, which says why. Also the column
 * mapping remembered per header. Nothing here is ever sent anywhere.
 */
import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import type { Mapping } from './projects.ts';
import {
  applyOp,
  NOTHING_STORED,
  type Fix,
  type ListMeta,
  type Op,
  type Outcome,
  type Stored,
} from './list-store.ts';

/**
 * What a list is read from: pasted text, or a file — the picked or dropped File itself (a Blob:
 * the worker reads its bytes, and storage keeps it, both off the page's thread), or its bytes.
 */
export type ListInput = string | Uint8Array | Blob;

/** Where the list is kept: this device (all tabs), or only this page when storage cannot open. */
export interface KeptStore {
  /** Why storage could not open (the browser's words), or null when the list is kept. */
  readonly problem: string | null;
  load(): Promise<Stored>;
  input(id: string): Promise<ListInput | undefined>;
  /**
   * Applies `op` to the kept state, as a tab that last saw revision `seen`; with an import, its
   * input. Returns the state after it (the kept one, unchanged, when refused) and what happened.
   */
  write(op: Op, seen: number, input?: ListInput): Promise<{ stored: Stored; outcome: Outcome }>;
  /** Calls back when another tab has written. */
  onChange(cb: () => void): () => void;
  close(): void;
}

const META = 'meta';
const inputKey = (id: string) => `input:${id}`;
const CHANNEL = 'cq-industry-map:projects';

/**
 * Pasted text as kept: in a Blob, which IndexedDB writes off the page's thread (a string, or a
 * Uint8Array, is serialised on it: a 100,000-row list was a 50–110 ms task of its own).
 */
interface KeptText {
  pasted: Blob;
}

/** An input as kept: a file's Blob, pasted text in a Blob, or (earlier versions) bytes or text. */
type Kept = Blob | KeptText | string | Uint8Array;

async function fromKept(kept: Kept | undefined): Promise<ListInput | undefined> {
  if (kept === undefined || typeof kept === 'string' || kept instanceof Uint8Array) return kept;
  if (kept instanceof Blob) return kept;
  return kept.pasted.text();
}

/**
 * Keeps an input, a Blob where it can be; a browser that cannot keep a Blob in IndexedDB (some
 * private modes have refused them) gets the text or bytes themselves: kept, only more slowly.
 */
async function keepInput(id: string, input: ListInput, db: UseStore): Promise<void> {
  const kept: Kept =
    typeof input === 'string'
      ? { pasted: new Blob([input], { type: 'text/plain;charset=utf-8' }) }
      : input instanceof Blob
        ? input
        : new Blob([input as Uint8Array<ArrayBuffer>]);
  try {
    await set(inputKey(id), kept, db);
  } catch {
    const plain = input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input;
    await set(inputKey(id), plain, db);
  }
}

/** The list as this app kept it before revisions (one record, fixes in localStorage). */
interface LegacyList {
  name: string;
  input: ListInput;
  mapping: Mapping | null;
  savedAt: string;
}

/**
 * Opens the device's store; when IndexedDB is missing, refused or fails to open (private modes,
 * blocked site data), a store for this page only, whose `problem` says so.
 */
export async function openKept(): Promise<KeptStore> {
  warmMappings();
  try {
    const db = createStore('cq-industry-map', 'projects');
    await migrate(db);
    return idbStore(db);
  } catch (e) {
    return memoryStore(e instanceof Error ? e.message || e.name : String(e));
  }
}

function idbStore(db: UseStore): KeptStore {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return {
    problem: null,
    load: async () => (await get<Stored>(META, db)) ?? NOTHING_STORED,
    input: async (id) => fromKept(await get<Kept>(inputKey(id), db)),
    write: async (op, seen, input) => {
      // The input first, under its list's own key: nothing points to it until the meta does.
      if (op.kind === 'import' && input !== undefined) await keepInput(op.list.id, input, db);
      let result: { stored: Stored; outcome: Outcome; before: Stored } | null = null;
      await update<Stored>(
        META,
        (old) => {
          const before = old ?? NOTHING_STORED;
          const { next, outcome } = applyOp(before, op, seen);
          result = { stored: next ?? before, outcome, before };
          return next ?? before;
        },
        db,
      );
      const r = result as unknown as { stored: Stored; outcome: Outcome; before: Stored };
      // The replaced list's input is no one's any more.
      const old = r.before.list?.id;
      if (old && old !== r.stored.list?.id) await del(inputKey(old), db).catch(() => undefined);
      if (r.stored.rev !== r.before.rev) channel?.postMessage({ rev: r.stored.rev });
      return { stored: r.stored, outcome: r.outcome };
    },
    onChange: (cb) => {
      if (!channel) return () => undefined;
      const on = () => cb();
      channel.addEventListener('message', on);
      return () => channel.removeEventListener('message', on);
    },
    close: () => channel?.close(),
  };
}

/** This page only: the same rules, nothing kept after it closes. */
function memoryStore(problem: string): KeptStore {
  let stored = NOTHING_STORED;
  const inputs = new Map<string, ListInput>();
  return {
    problem,
    load: () => Promise.resolve(stored),
    input: (id) => Promise.resolve(inputs.get(id)),
    write: (op, seen, input) => {
      if (op.kind === 'import' && input !== undefined) inputs.set(op.list.id, input);
      const { next, outcome } = applyOp(stored, op, seen);
      stored = next ?? stored;
      return Promise.resolve({ stored, outcome });
    },
    onChange: () => () => undefined,
    close: () => undefined,
  };
}

/**
 * A list kept by the earlier version (one 'list' record, its fixes in localStorage) becomes
 * revision 1 of the new form, its fixes tied to the columns then mapped: an upgrade loses nothing.
 */
async function migrate(db: UseStore): Promise<void> {
  if (await get(META, db)) return;
  const old = await get<LegacyList>('list', db);
  if (!old) return;
  let edits: { n: number; field: 'place' | 'industry'; value: string }[] = [];
  try {
    edits = JSON.parse(localStorage.getItem('cq-map:edits') ?? '[]') as typeof edits;
  } catch {
    edits = [];
  }
  const fixes: Fix[] = old.mapping ? edits.map((e) => ({ ...e, col: old.mapping![e.field] })) : [];
  const list: ListMeta = {
    id: 'legacy',
    name: old.name,
    mapping: old.mapping,
    fixes,
    savedAt: old.savedAt,
  };
  await set(inputKey(list.id), old.input, db);
  await update<Stored>(META, (cur) => cur ?? { rev: 1, list }, db);
  await del('list', db);
  try {
    localStorage.removeItem('cq-map:edits');
  } catch {
    // Refused storage: the old edits stay where they were, harmless.
  }
}

/**
 * Opens the remembered mappings' storage (localStorage) as the view opens: a page's first use of
 * it waits for the browser to load it, and that was 10–40 ms of the task that drew a new list.
 */
function warmMappings(): void {
  try {
    void localStorage.length;
  } catch {
    // Refused storage: mappings are not remembered (rememberedMapping says null).
  }
}

const mappingKey = (header: readonly string[]) => `cq-map:mapping:${header.join('\u0001')}`;

/** The mapping last used for a file with exactly these headers, if any. */
export function rememberedMapping(header: readonly string[]): Mapping | null {
  try {
    const v = localStorage.getItem(mappingKey(header));
    return v ? (JSON.parse(v) as Mapping) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(header: readonly string[], m: Mapping): void {
  try {
    localStorage.setItem(mappingKey(header), JSON.stringify(m));
  } catch {
    // Storage full or refused (private mode): the mapping is simply not remembered.
  }
}
