/**
 * Build time: a Vite plugin for imports of `*<ext>?<query>` that serves each as JavaScript this
 * project writes (the topology in parts, a JSON file as text). One resolver for both: the id is
 * outside the file system (\0) and ends in .js, so Vite's JSON plugin leaves the module alone, and
 * its chunk keeps the file's name (boundaries.topo-*.js).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface QueryModule {
  name: string;
  /** The file's ending, e.g. `.topo.json` (a JSON file: the id drops `.json` for `.js`). */
  ext: `${string}.json`;
  /** The query that asks for this module, without `?`. */
  query: string;
  /** The module's JavaScript for `file` (an absolute path); `watch` adds a file it read. */
  code(file: string, watch: (file: string) => void): string;
}

export function queryModule({ name, ext, query, code }: QueryModule): Plugin {
  const prefix = `\0${name}:`;
  const asked = `${ext}?${query}`;
  return {
    name,
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(asked)) return null;
      const file = source.slice(0, -`?${query}`.length);
      const path = isAbsolute(file) || !importer ? file : resolve(dirname(importer), file);
      return `${prefix}${path.slice(0, -'.json'.length)}.js`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = `${id.slice(prefix.length, -'.js'.length)}.json`;
      this.addWatchFile(file);
      return { code: code(file, (f) => this.addWatchFile(f)), map: null };
    },
  };
}
