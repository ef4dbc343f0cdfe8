/**
 * Cells for downloads that people open in spreadsheets. A text cell starting with =, +, -, @, a
 * tab or a carriage return is a formula to Excel, WPS and LibreOffice (CSV injection): it gets a
 * leading apostrophe, which they show as text. Numbers are numbers and stay as they are.
 */

export function safeCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number): string {
  const s = safeCell(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
