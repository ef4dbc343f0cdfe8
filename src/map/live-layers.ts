/** Each registered layer's live-map drawing, by id: a layer with no drawing here does not compile. */
import { arcsLive } from './layers/arcs/live.ts';
import { badgesLive } from './layers/badges/live.ts';
import { basesLive } from './layers/bases/live.ts';
import { brandsLive } from './layers/brands/live.ts';
import { choroplethLive } from './layers/choropleth/live.ts';
import { coreLive } from './layers/core/live.ts';
import { frameworksLive } from './layers/frameworks/live.ts';
import { labelsLive } from './layers/labels/live.ts';
import { neighboursLive } from './layers/neighbours/live.ts';
import { partnersLive } from './layers/partners/live.ts';
import { regionsLive } from './layers/regions/live.ts';
import { riversLive } from './layers/rivers/live.ts';
import { seatsLive } from './layers/seats/live.ts';
import { selectionLive } from './layers/selection/live.ts';
import type { MapLayerId } from './layers/types.ts';
import { zonesLive } from './layers/zones/live.ts';
import type { LiveLayer } from './live/types.ts';

export const LIVE_LAYERS: Readonly<Record<MapLayerId, LiveLayer>> = {
  neighbours: neighboursLive,
  partners: partnersLive,
  choropleth: choroplethLive,
  rivers: riversLive,
  core: coreLive,
  frameworks: frameworksLive,
  regions: regionsLive,
  arcs: arcsLive,
  selection: selectionLive,
  seats: seatsLive,
  zones: zonesLive,
  bases: basesLive,
  badges: badgesLive,
  labels: labelsLive,
  brands: brandsLive,
};
