/**
 * dist/sw.js is src/sw/sw.ts with its types stripped and the build's cache name and file list in
 * front: a classic script (a service worker registered without `type: 'module'` cannot import or
 * export), whose cache and list are the ones the build gave it.
 */
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerScript } from '../../vite.config.ts';

describe('the service worker the build writes', () => {
  it('is a classic script with the build’s cache and files in front of src/sw/sw.ts', async () => {
    const code = await serviceWorkerScript('0123456789ab', ['assets/index-x.js', 'index.html']);
    expect(() => new Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).toContain('const CACHE = "cq-map-0123456789ab";');
    expect(code).toContain('const FILES = ["./","assets/index-x.js","index.html"];');
    // The worker's own code, with no type left in it.
    expect(code).toContain('self.addEventListener("fetch"');
    expect(code).not.toMatch(/declare const|ServiceWorkerGlobalScope/);
  });
});
