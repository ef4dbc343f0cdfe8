/**
 * The page's boundaries: the topology's file (src/pipeline/topology-parts.ts makes it at build
 * time), fetched once and parsed in slices (src/geo/topology.ts). Apart from the parts' format so
 * that what reads the format (tests, the pipeline) needs no build plugin for the file's URL.
 */
import type { Topology } from 'topojson-specification';
import partsUrl from '../../geo/boundaries.topo.json?parts-url';
import { fetchAppFile, MissingFile } from '../lib/errors.ts';
import { runSliced } from '../lib/slices.ts';
import { decodeTopologyParts, parsingTopology } from './topology.ts';

let loading: Promise<Topology> | undefined;

/**
 * The boundaries (geo/boundaries.topo.json with the build's outlines), fetched and parsed in
 * slices once per page (the siting handout asks again); a failed load is asked again next time.
 */
export function loadTopology(): Promise<Topology> {
  loading ??= fetchAppFile(partsUrl)
    .then(async (text) => {
      // A file that came but does not read (cut mid-line, another file): told as one that did
      // not come — the reader's remedy is the same, to load the page again.
      try {
        return await runSliced(parsingTopology(decodeTopologyParts(text)));
      } catch (e) {
        throw new MissingFile(partsUrl, { cause: e });
      }
    })
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}
