/** What the briefing editor needs of the running app (the composition root's parts fit it). */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { MapView } from '../map/map-view.ts';
import type { AppStore } from '../state/store.ts';

export interface BriefingApp {
  store: AppStore;
  data: DataFiles;
  atlas: Atlas;
  /** The map on screen (either renderer). */
  map: { view(): MapView };
}
