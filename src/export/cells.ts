/**
 * Cells for downloads that people open in spreadsheets. A text cell starting with =, +, -, @, a
 * tab or a carriage return is a formula to Excel, WPS and LibreOffice (CSV injection): it gets a
 * leading apostrophe, which they show as text. A number — given as one, or text that is a plain
 * number such as "-2" — runs nothing and stays as it is, so a spreadsheet reads it as a number.
 */

/** A plain decimal number (a sign, digits, a point, an exponent): a value to a spreadsheet, never a formula. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

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
