/** The neighbouring provinces and Sichuan: drawn by the map's style itself (../../style.ts). */
import type { LiveLayer } from '../../live/types.ts';

export const neighboursLive: LiveLayer = {
  engine: 'maplibre',
  add: () => undefined,
  sync: () => undefined,
};
