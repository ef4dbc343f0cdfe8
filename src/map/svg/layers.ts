/** Each registered layer's SVG drawing, by id: a layer with no drawing here does not compile. */
import { arcsSvg } from '../layers/arcs/svg.ts';
import { badgesSvg } from '../layers/badges/svg.ts';
import { basesSvg } from '../layers/bases/svg.ts';
import { brandsSvg } from '../layers/brands/svg.ts';
import { choroplethSvg } from '../layers/choropleth/svg.ts';
import { coreSvg } from '../layers/core/svg.ts';
import { frameworksSvg } from '../layers/frameworks/svg.ts';
import { labelsSvg } from '../layers/labels/svg.ts';
import { neighboursSvg } from '../layers/neighbours/svg.ts';
import { partnersSvg } from '../layers/partners/svg.ts';
import { regionsSvg } from '../layers/regions/svg.ts';
import { riversSvg } from '../layers/rivers/svg.ts';
import { seatsSvg } from '../layers/seats/svg.ts';
import { selectionSvg } from '../layers/selection/svg.ts';
import type { MapLayerId } from '../layers/types.ts';
import { zonesSvg } from '../layers/zones/svg.ts';
import type { SvgLayer } from './scene.ts';

export const SVG_LAYERS: Readonly<Record<MapLayerId, SvgLayer>> = {
  neighbours: neighboursSvg,
  partners: partnersSvg,
  choropleth: choroplethSvg,
  rivers: riversSvg,
  core: coreSvg,
  frameworks: frameworksSvg,
  regions: regionsSvg,
  arcs: arcsSvg,
  selection: selectionSvg,
  seats: seatsSvg,
  zones: zonesSvg,
  bases: basesSvg,
  badges: badgesSvg,
  labels: labelsSvg,
  brands: brandsSvg,
};
