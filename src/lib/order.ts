/**
 * Orders codes and ids (ASCII: GB/T 2260 codes, zone and base ids) by code point — stable across
 * locales, and cheap: `localeCompare` goes through the locale's collator, which cost tens of ms a
 * sort at start-up on a phone-speed CPU.
 */
export const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
