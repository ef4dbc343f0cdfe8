/** The embedded data: data/*.json, bundled (as its own chunk) so the app needs no network. */
import places from '../../data/places.json';
import layout from '../../data/layout.json';
import programmes from '../../data/programmes.json';
import bases from '../../data/bases.json';
import cooperation from '../../data/cooperation.json';
import frameworks from '../../data/frameworks.json';
import groups from '../../data/groups.json';
import belts from '../../data/belts.json';
import targets from '../../data/targets.json';
import brands from '../../data/brands.json';
import priorities from '../../data/priorities.json';
import sectors from '../../data/sectors.json';
import directions from '../../data/directions.json';
import consumerSectors from '../../data/consumerSectors.json';
import plans from '../../data/plans.json';
import type { DataFiles } from './types.ts';

/**
 * All of data/, typed. TypeScript reads a JSON file's string unions as string and its pairs as
 * arrays, so each file is narrowed to its record type: a checked cast (it fails to compile when a
 * file's shape and its type stop overlapping), not one through unknown.
 */
export const DATA: DataFiles = {
  places: places as DataFiles['places'],
  layout: layout as DataFiles['layout'],
  programmes: programmes as DataFiles['programmes'],
  bases: bases as DataFiles['bases'],
  cooperation: cooperation as DataFiles['cooperation'],
  frameworks: frameworks as DataFiles['frameworks'],
  groups: groups as DataFiles['groups'],
  belts: belts as DataFiles['belts'],
  targets: targets as DataFiles['targets'],
  brands: brands as DataFiles['brands'],
  priorities: priorities as DataFiles['priorities'],
  sectors: sectors as DataFiles['sectors'],
  directions: directions as DataFiles['directions'],
  consumerSectors: consumerSectors as DataFiles['consumerSectors'],
  plans: plans as DataFiles['plans'],
};
