/** Small helpers over a seed's text: locate quotes and lines. Pure; no file access. */
import type { DocId, Source } from '../data/types.ts';
export type { DocId, Source };

export const DOC_IDS: readonly DocId[] = ['000', '001', '002', '003', '004'];

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Builds a Source for a quote that must occur in the text; throws naming the doc if it does not. */
export function cite(doc: DocId, text: string, quote: string): Source {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not found in seed ${doc}: "${quote.slice(0, 60)}"`);
  return { doc, quote, line: lineAt(text, at) };
}

/** The whole line (without its newline) that holds the first occurrence of a needle. */
export function lineContaining(doc: DocId, text: string, needle: string): Source {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`text not found in seed ${doc}: "${needle.slice(0, 60)}"`);
  const start = text.lastIndexOf('\n', at) + 1;
  const endNl = text.indexOf('\n', at);
  const end = endNl < 0 ? text.length : endNl;
  return { doc, quote: text.slice(start, end), line: lineAt(text, start) };
}
