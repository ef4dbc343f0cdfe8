/** The shapes of data/*.json as the app reads them (types only; the pipeline is not bundled). */
export type { DocId, Source } from '../pipeline/seed-text.ts';
export type { GroupId, PlaceKind } from '../pipeline/gazetteer.ts';
export type { LayoutRecord } from '../pipeline/resolve-layout.ts';
export type { TargetRecord } from '../pipeline/parse-targets.ts';
export type { BrandRecord } from '../pipeline/brands.ts';
export type { PriorityKind, PriorityRecord } from '../pipeline/priorities.ts';
export type { SectorRecord, DirectionRecord } from '../pipeline/sectors.ts';
export type { ConsumerSectorId, ConsumerSectorRecord } from '../pipeline/consumer-sectors.ts';
export type {
  ActionRecord,
  DistrictPlanRecord,
  GoalItem,
  GoalRecord,
  PillarRecord,
} from '../pipeline/district-plans.ts';
export type { FrameworkId, ProgrammeId } from '../pipeline/curation.ts';
export type {
  BaseRecord,
  BeltRecord,
  CooperationRecord,
  DataFiles,
  FrameworkRecord,
  GroupRecord,
  PlaceRecord,
  ProgrammeRecord,
} from '../pipeline/build-data.ts';
