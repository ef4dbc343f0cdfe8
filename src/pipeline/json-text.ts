/**
 * Build time: `*.json?text` imports a JSON file as its minified text (a string the page parses
 * when it chooses: src/data/data.ts). Vite's `?raw` would keep the files' indentation (data/ is
 * written pretty-printed for review: 164 → 192 KB in the chunk).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { queryModule } from './query-module.ts';

/** The module `*.json?text` stands for: its default export is the file as minified JSON text. */
export function jsonTextModule(file: string): string {
  const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  return `export default ${JSON.stringify(text)};`;
}

export function jsonText(): Plugin {
  return queryModule({ name: 'json-text', ext: '.json', query: 'text', code: jsonTextModule });
}
