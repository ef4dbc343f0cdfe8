/**
 * What a bad link tells its reader: notices grouped by parameter and kind of problem ("1,000
 * unknown sub-industries: a, b, c …"), at most MAX_NOTICES of them, each value shortened and
 * isolated (Unicode FSI … PDI), so a value with a right-to-left override cannot reverse the app's
 * own sentence around it, and a 100,000-character value is not shown whole.
 */
import { t, listText } from '../i18n/index.ts';
import type { Lang } from './store.ts';
import type { LinkProblem } from './url.ts';

export const MAX_NOTICES = 5;
/** Characters of a value shown (the rest is "…"). */
export const VALUE_CHARS = 40;
/** Values listed in a grouped notice. */
const LISTED = 3;

/** A value as a notice shows it: control characters gone, shortened, bidi-isolated. */
export function shownValue(v: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = v.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const chars = [...clean];
  const short = chars.length > VALUE_CHARS ? `${chars.slice(0, VALUE_CHARS).join('')}…` : clean;
  return `\u2068${short}\u2069`;
}

const KEYS = {
  'unknown-parameter': 'linkUnknownParam',
  'unknown-value': 'linkUnknownValue',
  malformed: 'linkMalformed',
  repeated: 'linkRepeated',
} as const;

export function linkNotices(
  problems: readonly LinkProblem[],
  lang: Lang,
): { id: string; text: string }[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const p of problems) {
    const k = `${p.reason}\u0000${p.param}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const out = [...groups.values()].map((list, i) => {
    const { param, reason } = list[0]!;
    const values = [...new Set(list.map((p) => p.value))];
    const text =
      values.length === 1
        ? t(lang, KEYS[reason], { param: shownValue(param), value: shownValue(values[0]!) })
        : t(lang, 'linkManyValues', {
            param: shownValue(param),
            n: values.length.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'),
            list:
              listText(lang, values.slice(0, LISTED).map(shownValue)) +
              (values.length > LISTED ? ' …' : ''),
          });
    return { id: `link-${i}`, text };
  });
  if (out.length <= MAX_NOTICES) return out;
  const rest = out.length - (MAX_NOTICES - 1);
  return [
    ...out.slice(0, MAX_NOTICES - 1),
    { id: 'link-more', text: t(lang, 'linkMore', { n: rest }) },
  ];
}
