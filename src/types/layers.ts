/** The map's layers a user can switch on and off: the store, the map and the legend share them. */
export type LayerId = 'industry' | 'bases' | 'coop' | 'regions' | 'brands';
export const LAYER_IDS: readonly LayerId[] = ['industry', 'bases', 'coop', 'regions', 'brands'];
export const DEFAULT_LAYERS: readonly LayerId[] = ['industry', 'bases', 'coop'];
