/**
 * Cells for downloads that people open in spreadsheets. A text cell starting with =, +, -, @, a
 * tab or a carriage return is a formula to Excel, WPS and LibreOffice (CSV injection): it gets a
 * leading apostrophe, which they show as text. A number — given as one, or text that is one as
 * a number prints, such as "-2" — runs nothing and stays as it is, so a spreadsheet reads it as a
 * number.
 */

/**
 * A number as a number prints ("-2", "0.5", "1e+21"): a value to a spreadsheet, never a formula.
 * A leading "+" is kept out: typed into a cell it is a formula's start.
 */
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function safeCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  if (NUMBER.test(v)) return v;
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number): string {
  const s = safeCell(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
