/**
 * The embedded data: data/*.json, bundled (as its own chunk) so the app needs no network, as text
 * that the app parses a file a step (`parsingData`, run in start-up slices: src/lib/slices.ts).
 * Parsed when the chunk was evaluated, the fifteen files were one task: ≈ 30 ms beside another job
 * on the machine, in Lighthouse's mobile run a long task of ≈ 130 ms (2026-12-05).
 */
import type placesJson from '../../data/places.json';
import type layoutJson from '../../data/layout.json';
import type programmesJson from '../../data/programmes.json';
import type basesJson from '../../data/bases.json';
import type cooperationJson from '../../data/cooperation.json';
import type frameworksJson from '../../data/frameworks.json';
import type groupsJson from '../../data/groups.json';
import type beltsJson from '../../data/belts.json';
import type targetsJson from '../../data/targets.json';
import type brandsJson from '../../data/brands.json';
import type prioritiesJson from '../../data/priorities.json';
import type sectorsJson from '../../data/sectors.json';
import type directionsJson from '../../data/directions.json';
import type consumerSectorsJson from '../../data/consumerSectors.json';
import type plansJson from '../../data/plans.json';
import placesText from '../../data/places.json?text';
import layoutText from '../../data/layout.json?text';
import programmesText from '../../data/programmes.json?text';
import basesText from '../../data/bases.json?text';
import cooperationText from '../../data/cooperation.json?text';
import frameworksText from '../../data/frameworks.json?text';
import groupsText from '../../data/groups.json?text';
import beltsText from '../../data/belts.json?text';
import targetsText from '../../data/targets.json?text';
import brandsText from '../../data/brands.json?text';
import prioritiesText from '../../data/priorities.json?text';
import sectorsText from '../../data/sectors.json?text';
import directionsText from '../../data/directions.json?text';
import consumerSectorsText from '../../data/consumerSectors.json?text';
import plansText from '../../data/plans.json?text';
import type { DataFiles } from './types.ts';

/**
 * All of data/, typed, a file a step. TypeScript reads a JSON file's string unions as string and
 * its pairs as arrays, so each file is narrowed from its JSON's type to its record type: a checked
 * cast (it fails to compile when a file's shape and its type stop overlapping), not one through
 * unknown.
 */
export function* parsingData(): Generator<void, DataFiles, void> {
  const places = (JSON.parse(placesText) as typeof placesJson) as DataFiles['places'];
  yield;
  const layout = (JSON.parse(layoutText) as typeof layoutJson) as DataFiles['layout'];
  yield;
  const programmes = (JSON.parse(programmesText) as typeof programmesJson) as DataFiles['programmes'];
  yield;
  const bases = (JSON.parse(basesText) as typeof basesJson) as DataFiles['bases'];
  yield;
  const cooperation = (JSON.parse(cooperationText) as typeof cooperationJson) as DataFiles['cooperation'];
  yield;
  const frameworks = (JSON.parse(frameworksText) as typeof frameworksJson) as DataFiles['frameworks'];
  yield;
  const groups = (JSON.parse(groupsText) as typeof groupsJson) as DataFiles['groups'];
  yield;
  const belts = (JSON.parse(beltsText) as typeof beltsJson) as DataFiles['belts'];
  yield;
  const targets = (JSON.parse(targetsText) as typeof targetsJson) as DataFiles['targets'];
  yield;
  const brands = (JSON.parse(brandsText) as typeof brandsJson) as DataFiles['brands'];
  yield;
  const priorities = (JSON.parse(prioritiesText) as typeof prioritiesJson) as DataFiles['priorities'];
  yield;
  const sectors = (JSON.parse(sectorsText) as typeof sectorsJson) as DataFiles['sectors'];
  yield;
  const directions = (JSON.parse(directionsText) as typeof directionsJson) as DataFiles['directions'];
  yield;
  const consumerSectors = (JSON.parse(consumerSectorsText) as typeof consumerSectorsJson) as DataFiles['consumerSectors'];
  yield;
  const plans = (JSON.parse(plansText) as typeof plansJson) as DataFiles['plans'];
  yield;
  return {
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
  };
}
