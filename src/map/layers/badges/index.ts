/** The user's projects: one badge per place, a pie of plan-fit verdicts round the count. */
import { t } from '../../../i18n/index.ts';
import { VERDICTS } from '../../../state/store.ts';
import type { LayerSpec } from '../types.ts';

export const badges: LayerSpec = {
  id: 'badges',
  drawn: (s) => s.projects !== null && Object.keys(s.projects.byPlace).length > 0,
  legend: (s) => {
    const used = new Set(
      Object.values(s.projects?.byPlace ?? {}).flatMap((c) => VERDICTS.filter((v) => c[v] > 0)),
    );
    return {
      layer: 'badges',
      heading: t(s.lang, 'legendProjects'),
      entries: [
        ...VERDICTS.filter((v) => used.has(v)).map((verdict) => ({
          sign: { kind: 'badge', verdict } as const,
          label: t(s.lang, `verdict_${verdict}`),
        })),
        { sign: { kind: 'badge-count' }, label: t(s.lang, 'legendBadge') },
      ],
    };
  },
};
