/**
 * The camera follows the filters: choosing a 小类, programme or group frames the places it leaves
 * (animated; instant under reduced motion), clearing returns to the whole city — choosing a group
 * far from the view no longer seems to do nothing. A briefing's chapters frame themselves.
 */
import { shallow } from 'zustand/vanilla/shallow';
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { framePlaces } from '../map/frame-places.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';

export function followFilters(store: AppStore, data: DataFiles, atlas: Atlas): () => void {
  return store.subscribe(
    (s) => [s.industries, s.programmes, s.groups] as const,
    () => {
      const s = store.getState();
      if (s.tour) return;
      const none = !s.industries.length && !s.programmes.length && !s.groups.length;
      framePlaces(store, atlas, none ? [] : matchingPlaces(s, data).map((m) => m.place.id));
    },
    { equalityFn: shallow },
  );
}
