/** A part of the app that did not download is told in words, in both languages (src/lib/errors.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAppFile, missingChunk } from '../../src/lib/errors.ts';
import { errorText } from '../../src/i18n/index.ts';

const chrome = new TypeError(
  'Failed to fetch dynamically imported module: https://example.org/map/assets/table-view-B1x2.js',
);
const firefox = new TypeError(
  'error loading dynamically imported module: http://127.0.0.1:4173/assets/start-map-9Q.js?v=1',
);
const safari = new TypeError('Importing a module script failed.');

describe('a chunk that did not arrive', () => {
  it('is recognised in each browser’s words, by its file name only', () => {
    expect(missingChunk(chrome)).toBe('table-view-B1x2.js');
    expect(missingChunk(firefox)).toBe('start-map-9Q.js');
    expect(missingChunk(safari)).toBe('');
    expect(missingChunk(new Error('boom'))).toBeNull();
  });

  it('is said plainly in Chinese and English, with no error type or address', () => {
    const zh = errorText('zh', chrome);
    const en = errorText('en', chrome);
    expect(zh).toBe('程序文件 table-view-B1x2.js 未能下载：网络中断，或网站刚更新过');
    expect(en).toBe(
      'the file table-view-B1x2.js did not download: the connection dropped, or the site was just updated',
    );
    for (const s of [zh, en, errorText('en', safari)]) {
      expect(s).not.toMatch(/TypeError|dynamically imported|https?:/);
    }
    expect(errorText('en', safari)).toBe(
      'a file of the app did not download: the connection dropped, or the site was just updated',
    );
  });

  it('leaves any other error as its message', () => {
    expect(errorText('zh', new Error('the map worker did not load: 404'))).toBe(
      'the map worker did not load: 404',
    );
    expect(errorText('en', 'a string')).toBe('a string');
  });
});

describe('a file of the app fetched as data (the boundaries)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const url = 'https://example.org/map/assets/boundaries.topo-Ab12.txt';

  it('arrives as its text', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('a\nb')));
    expect(await fetchAppFile(url)).toBe('a\nb');
  });

  it('not found, or offline, is told as a chunk is: by its file name, in words', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('not found', { status: 404 })));
    const notFound = await fetchAppFile(url).catch((e: unknown) => e);
    expect(missingChunk(notFound)).toBe('boundaries.topo-Ab12.txt');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const offline = await fetchAppFile(url).catch((e: unknown) => e);
    expect(missingChunk(offline)).toBe('boundaries.topo-Ab12.txt');
    expect(errorText('zh', offline)).toBe(
      '程序文件 boundaries.topo-Ab12.txt 未能下载：网络中断，或网站刚更新过',
    );
    // Inline (the single file), should it fail: no file to name.
    const inline = await fetchAppFile('data:text/plain;base64,YQ==').catch((e: unknown) => e);
    expect(missingChunk(inline)).toBe('');
  });

  it('cut off in the download, or answered with a page instead of it, is missing too', async () => {
    const cut = new Response(
      new ReadableStream({
        start: (c) => {
          c.enqueue(new TextEncoder().encode('{"type":'));
          c.error(new TypeError('network error'));
        },
      }),
    );
    vi.stubGlobal('fetch', () => Promise.resolve(cut));
    expect(missingChunk(await fetchAppFile(url).catch((e: unknown) => e))).toBe(
      'boundaries.topo-Ab12.txt',
    );
    // A host that answers any unknown path with index.html (200).
    const page = new Response('<!doctype html>', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(page));
    expect(missingChunk(await fetchAppFile(url).catch((e: unknown) => e))).toBe(
      'boundaries.topo-Ab12.txt',
    );
  });
});
