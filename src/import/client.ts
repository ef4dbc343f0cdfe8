/**
 * The page's side of the import worker: one request at a time, each answered or failed loudly
 * (a worker that cannot load, or throws, rejects the request with the reason; nothing changes).
 */
import type { DataFiles } from '../data/types.ts';
import type { Mapping, ProjectRow } from './projects.ts';
import ImportWorker from './worker.ts?worker&inline';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

type Resolved = Extract<WorkerReply, { type: 'resolved' }>;
type Refused = Extract<WorkerReply, { type: 'refused' }>;

export interface ImportClient {
  parse(
    input: string | Uint8Array | Blob,
    mapping: Mapping | null,
    opts?: { name?: string; sheet?: number; headerRow?: number | null },
  ): Promise<Resolved | Refused>;
  remap(mapping: Mapping): Promise<Resolved | Refused>;
  /** Reads the last file again with its header at sheet row `row` (0-based). */
  reheader(row: number): Promise<Resolved | Refused>;
  close(): void;
}

export function createImportClient(data: DataFiles): ImportClient {
  let worker: Worker | null = null;
  let next = 1;
  const chunks = new Map<number, ProjectRow[][]>();
  const pending = new Map<
    number,
    { ok: (r: Resolved | Refused) => void; fail: (e: Error) => void }
  >();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.fail(e);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  const get = (): Worker => {
    if (worker) return worker;
    // Inlined (a blob: URL, which the CSP's worker-src allows): it works from the offline file too.
    worker = new ImportWorker();
    worker.postMessage({ type: 'init', data } satisfies WorkerRequest);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const r = e.data;
      if (r.type === 'rows') {
        const got = chunks.get(r.id) ?? [];
        got.push(r.rows);
        chunks.set(r.id, got);
        return;
      }
      const p = pending.get(r.id);
      pending.delete(r.id);
      if (r.type === 'failed') {
        chunks.delete(r.id);
        p?.fail(new Error(r.error));
        return;
      }
      if (r.type === 'resolved') {
        r.list.rows = (chunks.get(r.id) ?? []).flat();
        chunks.delete(r.id);
      }
      p?.ok(r);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      failAll(new Error(e.message || 'the import worker failed to load'));
    };
    worker.onmessageerror = () => failAll(new Error('the import worker sent an unreadable reply'));
    return worker;
  };
  const send = (req: Exclude<WorkerRequest, { type: 'init' }>) =>
    new Promise<Resolved | Refused>((ok, fail) => {
      pending.set(req.id, { ok, fail });
      try {
        get().postMessage(req);
      } catch (e) {
        pending.delete(req.id);
        fail(e as Error);
      }
    });
  return {
    parse: (input, mapping, opts) => send({ type: 'parse', id: next++, input, mapping, ...opts }),
    remap: (mapping) => send({ type: 'remap', id: next++, mapping }),
    reheader: (row) => send({ type: 'reheader', id: next++, row }),
    close: () => failAll(new Error('closed')),
  };
}
