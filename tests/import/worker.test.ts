/**
 * The import worker's side of the protocol, run in this process: its global `onmessage` called
 * with requests, its `postMessage` recorded. Every request gets an answer (a failure too, where a
 * rejected promise in a worker reaches no one), and what it sends the page is only what the page
 * shows (the preview of a 5,000-column sheet).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/import/protocol.ts';
import { MAX_COLUMNS } from '../../src/import/columns.ts';
import { loadData } from '../helpers.ts';

const g = globalThis as unknown as {
  onmessage: ((e: { data: WorkerRequest }) => Promise<void>) | null;
  postMessage: (r: WorkerReply) => void;
};
let sent: WorkerReply[] = [];

beforeAll(async () => {
  // The worker's globals, before its module sets `onmessage` (an undeclared global in a module).
  g.onmessage = null;
  g.postMessage = (r) => void sent.push(r);
  await import('../../src/import/worker.ts');
});
beforeEach(() => {
  sent = [];
});

const ask = (req: WorkerRequest) => g.onmessage!({ data: req });

describe('import worker', () => {
  it('answers a request it fails on, with the reason', async () => {
    // No data yet: the worker cannot resolve anything (before, the promise was rejected unseen).
    await ask({ type: 'parse', id: 7, input: 'a,b\n1,2\n', mapping: null });
    expect(sent).toEqual([{ type: 'failed', id: 7, error: 'import worker: no data' }]);
  });

  it('answers a remap before any table was read', async () => {
    await ask({ type: 'init', data: loadData() });
    await ask({ type: 'remap', id: 8, mapping: {} as never });
    expect(sent).toEqual([{ type: 'failed', id: 8, error: 'import worker: no table read' }]);
  });

  it('answers a file that cannot be read', async () => {
    await ask({ type: 'init', data: loadData() });
    const unreadable = new Blob(['x']);
    unreadable.arrayBuffer = () => Promise.reject(new Error('The file could not be read'));
    await ask({ type: 'parse', id: 9, input: unreadable, mapping: null, name: 'x.csv' });
    expect(sent).toEqual([{ type: 'failed', id: 9, error: 'The file could not be read' }]);
  });

  it('reads a File itself, and refuses one over the limit unread', async () => {
    await ask({ type: 'init', data: loadData() });
    const file = new Blob([new TextEncoder().encode('项目名称,行业,区县\n白酒厂,白酒,江津\n')]);
    await ask({ type: 'parse', id: 10, input: file, mapping: null, name: 'a.csv' });
    const done = sent.find((r) => r.type === 'resolved');
    expect(done?.type === 'resolved' && done.header).toEqual(['项目名称', '行业', '区县']);
    sent = [];
    const big = new Blob([new Uint8Array(21 * 2 ** 20)]);
    big.arrayBuffer = () => Promise.reject(new Error('read'));
    await ask({ type: 'parse', id: 11, input: big, mapping: null, name: 'b.csv' });
    expect(sent).toEqual([{ type: 'refused', id: 11, problem: 'too-large', detail: '20' }]);
  });

  it('sends the preview cells of the shown columns only', async () => {
    await ask({ type: 'init', data: loadData() });
    const cols = 5_000;
    const head = [
      '项目名称',
      '行业',
      ...Array.from({ length: cols - 3 }, (_, i) => `列${i}`),
      '区县',
    ];
    const row = (r: number) => [
      `项目${r}`,
      '白酒',
      ...Array.from({ length: cols - 3 }, String),
      '江津',
    ];
    const csv = [head, row(1), row(2)].map((r) => r.join(',')).join('\n');
    await ask({ type: 'parse', id: 12, input: csv, mapping: null });
    const done = sent.find((r) => r.type === 'resolved');
    if (done?.type !== 'resolved') throw new Error(`not resolved: ${JSON.stringify(sent)}`);
    // The place column (the last) is mapped, so it is shown with the first MAX_COLUMNS.
    expect(done.mapping.place).toBe(cols - 1);
    for (const r of done.preview) {
      expect(r).toHaveLength(cols);
      expect(Object.keys(r)).toHaveLength(MAX_COLUMNS + 1);
      expect(r[cols - 1]).toBe('江津');
      expect(r[0]).toMatch(/^项目/);
    }
  });
});
