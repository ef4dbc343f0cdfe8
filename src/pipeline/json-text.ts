/**
 * Build time: `*.json?text` imports a JSON file as its minified text (a string the page parses
 * when it chooses: src/data/data.ts). Vite's `?raw` would keep the files' indentation (data/ is
 * written pretty-printed for review: 164 → 192 KB in the chunk).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?text';
// Outside the file system (\0) and not ending in .json, so Vite's JSON plugin leaves it alone.
const PREFIX = '\0json-text:';
const idOf = (file: string) => `${PREFIX}${file.replace(/\.json$/, '')}.text.js`;
const fileOf = (id: string) => `${id.slice(PREFIX.length, -'.text.js'.length)}.json`;

/** The module `*.json?text` stands for: its default export is the file as minified JSON text. */
export function jsonTextModule(file: string): string {
  const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  return `export default ${JSON.stringify(text)};`;
}

export function jsonText(): Plugin {
  return {
    name: 'json-text',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(`.json${QUERY}`)) return null;
      const file = source.slice(0, -QUERY.length);
      return idOf(isAbsolute(file) || !importer ? file : resolve(dirname(importer), file));
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = fileOf(id);
      this.addWatchFile(file);
      return { code: jsonTextModule(file), map: null };
    },
  };
}
