/**
 * The camera follows the filters: choosing a 小类, programme or group frames the places it leaves
 * (animated; instant under reduced motion), clearing returns to the whole city — choosing a group
 * far from the view no longer seems to do nothing. A briefing's chapters frame themselves.
 *
 * Filters changed in another view (the table's filters, siting's "show on the map") are framed
 * when the map is shown again. Under another view the map is covered and the side columns are
 * folded away, so it is wider than when shown: a framing worked out then fits the wrong box (it
 * framed 大竹/梁平 for 眼镜制造, with 荣昌 and 奉节 off screen once the columns came back), and
 * its flight, started unseen, was cut short by that resize.
 */
import { shallow } from 'zustand/vanilla/shallow';
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { framePlaces } from '../map/frame-places.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';

export function followFilters(store: AppStore, data: DataFiles, atlas: Atlas): () => void {
  let pending = false;
  const frame = () => {
    const s = store.getState();
    if (s.tour) return;
    if (s.mode !== 'map') {
      pending = true;
      return;
    }
    pending = false;
    const none = !s.industries.length && !s.programmes.length && !s.groups.length;
    framePlaces(store, atlas, none ? [] : matchingPlaces(s, data).map((m) => m.place.id));
  };
  const offFilters = store.subscribe(
    (s) => [s.industries, s.programmes, s.groups] as const,
    frame,
    {
      equalityFn: shallow,
    },
  );
  const offMode = store.subscribe(
    (s) => s.mode,
    (mode) => {
      // A frame later the map has its columns back: its box is the one to frame in.
      if (mode === 'map' && pending) requestAnimationFrame(() => pending && frame());
    },
  );
  return () => {
    offFilters();
    offMode();
  };
}
