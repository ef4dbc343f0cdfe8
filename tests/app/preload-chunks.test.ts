// @vitest-environment jsdom
/**
 * The app's chunks are preloaded by the entry after the first paint, from the list the build puts
 * in index.html (src/app/preload-chunks.ts says why not as tags in the page).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_CHUNKS_META, preloadChunks } from '../../src/app/preload-chunks.ts';

const links = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => ({
    href: l.getAttribute('href'),
    crossorigin: l.getAttribute('crossorigin'),
  }));

describe('preloadChunks', () => {
  beforeEach(() => {
    document.head.innerHTML = `<meta name="${APP_CHUNKS_META}" content="./assets/main-a.js  ./assets/i18n-b.js
      ./assets/style-c.js">`;
  });

  it('adds a modulepreload link for each chunk listed, as the build wrote them', () => {
    expect(preloadChunks()).toBe(3);
    expect(links()).toEqual([
      { href: './assets/main-a.js', crossorigin: '' },
      { href: './assets/i18n-b.js', crossorigin: '' },
      { href: './assets/style-c.js', crossorigin: '' },
    ]);
  });

  it('adds them once: the fallback after three seconds adds nothing more', () => {
    preloadChunks();
    expect(preloadChunks()).toBe(0);
    expect(links()).toHaveLength(3);
  });

  it('does nothing in a page with no list (development, the single file)', () => {
    document.head.innerHTML = '';
    expect(preloadChunks()).toBe(0);
    expect(links()).toEqual([]);
  });
});
