/** Breaking text into lines for the export's canvas (title, legend, ranking, footer). */
import type { Lang } from '../state/store.ts';

/**
 * `text` in lines no wider than `max` (as `width` measures), broken where the language allows
 * (Intl.Segmenter's words: between Chinese words and characters, at English spaces — broken by
 * character, "the" became "t / he"); a word wider than a line, such as a long link, is split by
 * character.
 */
export function wrapLines(
  text: string,
  max: number,
  width: (s: string) => number,
  lang: Lang,
): string[] {
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => width(s.trimEnd()) <= max;
  // Punctuation stays with the word before it (no line starts with "." or "，"), and a word joined
  // to the one before by "." "/" ":" "@" "_" "-" with no space stays whole ("config.json").
  const tokens: string[] = [];
  for (const { segment, isWordLike } of segmenter(lang).segment(text)) {
    const last = tokens.at(-1) ?? '';
    const punctuation = !isWordLike && segment.trim() !== '';
    const joined = !!isWordLike && /[./:@_-]$/.test(last);
    if (tokens.length && last.trim() !== '' && (punctuation || joined))
      tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
  }
  for (const segment of tokens) {
    if (fits(line + segment)) {
      line += segment;
      continue;
    }
    if (line.trim()) out.push(line.trimEnd());
    line = segment.trimStart();
    while (line && !fits(line)) {
      let n = line.length - 1;
      while (n > 1 && !fits(line.slice(0, n))) n--;
      out.push(line.slice(0, n));
      line = line.slice(n);
    }
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}
const SEGMENTERS = new Map<Lang, Intl.Segmenter>();
const segmenter = (lang: Lang): Intl.Segmenter => {
  let s = SEGMENTERS.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'zh' ? 'zh-CN' : 'en', { granularity: 'word' });
    SEGMENTERS.set(lang, s);
  }
  return s;
};
