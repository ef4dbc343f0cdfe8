/** The neighbouring provinces and Sichuan's counties: context round Chongqing. */
import { t } from '../../../i18n/index.ts';
import { LINES } from '../../style.ts';
import type { LayerSpec } from '../types.ts';

export const neighbours: LayerSpec = {
  id: 'neighbours',
  drawn: () => true,
  legend: (s) => ({
    layer: 'neighbours',
    heading: t(s.lang, 'legendBase'),
    entries: [
      { sign: { kind: 'outline', line: LINES.province }, label: t(s.lang, 'legendProvince') },
    ],
  }),
};
