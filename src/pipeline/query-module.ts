/**
 * Build time: a Vite plugin for imports of `*<ext>?<query>` that serves each as JavaScript this
 * project writes (the topology's file in parts, a JSON file as text). One resolver for both: the id is
 * outside the file system (\0) and ends in .js, so Vite's JSON plugin leaves the module alone, and
 * a chunk of its own keeps the file's name (data-*.js holds the JSON text; the topology's module is
 * only its file's URL, boundaries.topo-*.txt).
 */
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface QueryModule {
  name: string;
  /** The file's ending, e.g. `.topo.json` (a JSON file: the id drops `.json` for `.js`). */
  ext: `${string}.json`;
  /** The query that asks for this module, without `?`. */
  query: string;
  /**
   * The module's JavaScript for `file` (an absolute path); `watch` adds a file it read; `asset`
   * puts `source` in a file of its own and gives a JavaScript expression for its URL.
   */
  code(
    file: string,
    watch: (file: string) => void,
    asset: (name: string, source: string) => string,
  ): string;
}

/**
 * Where a file of the build is asked for at run time: a file beside the chunks (its name hashed),
 * or a data: URL where there is nothing to put it beside — the dev server and the test runner, and
 * the offline single file (vite.offline.config.ts: vite-plugin-singlefile).
 */
function assetUrl(ctx: { emitFile?: (f: EmittedAsset) => string }, inline: boolean) {
  return (name: string, source: string): string =>
    inline || !ctx.emitFile
      ? JSON.stringify(
          `data:text/plain;charset=utf-8;base64,${Buffer.from(source).toString('base64')}`,
        )
      : `import.meta.ROLLUP_FILE_URL_${ctx.emitFile({ type: 'asset', name, source })}`;
}
interface EmittedAsset {
  type: 'asset';
  name: string;
  source: string;
}

export function queryModule({ name, ext, query, code }: QueryModule): Plugin {
  const prefix = `\0${name}:`;
  const asked = `${ext}?${query}`;
  let inline = true;
  return {
    name,
    enforce: 'pre',
    configResolved(c) {
      // The single file is the build that inlines everything (vite-plugin-singlefile's plugin).
      inline = c.command === 'serve' || c.plugins.some((p) => p.name === 'vite:singlefile');
    },
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
      const watch = (f: string) => this.addWatchFile(f);
      return { code: code(file, watch, assetUrl(this, inline)), map: null };
    },
  };
}
