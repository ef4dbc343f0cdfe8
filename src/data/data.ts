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

/** All of data/, typed. */
export const DATA = {
  places,
  layout,
  programmes,
  bases,
  cooperation,
  frameworks,
  groups,
  belts,
  targets,
  brands,
  priorities,
  sectors,
  directions,
  consumerSectors,
  plans,
} as unknown as DataFiles;
