/** Display helpers for verbatim quotes. */

/** Collapses a quote's whitespace for display; table cells (tab-led lines) are joined by " | ". */
export function displayQuote(quote: string): string {
  return quote
    .split(/\n(?=\t)/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');
}
