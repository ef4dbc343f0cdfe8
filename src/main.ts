/**
 * The composition root: wires data, store, map, panels and views; nothing else. Called by boot.ts
 * after the first paint, with the clicks it held until now.
 */
import { mountActions, type AppParts } from './app/actions.ts';
import { syncChrome, syncSummary, syncUrl } from './app/chrome.ts';
import { resumeBriefing, wireBriefings } from './briefing/entry.ts';
import { replay, type EarlyInput } from './app/early-input.ts';
import { mountEmbedChrome } from './app/embed-chrome.ts';
import { followFilters } from './app/follow-filters.ts';
import { reportUncaught } from './app/uncaught.ts';
import { mountViews } from './app/views.ts';
import { loadConfig } from './data/config.ts';
import { buildingAtlas } from './geo/atlas.ts';
import { loadTopology } from './geo/load-topology.ts';
import { t } from './i18n/index.ts';
import { focusPlace, framePlaces } from './map/frame-places.ts';
import { recordFrame } from './map/frames.ts';
import { mountMap, prepareMap } from './map/map-controller.ts';
import { mountDistrictPanel } from './panels/district-panel.ts';
import { mountFilterChips } from './panels/filter-chips.ts';
import { mountFilters } from './panels/filters.ts';
import { mountIndustryDetail } from './panels/industry-detail.ts';
import { mountLegend } from './panels/legend.ts';
import { mountWhenShown } from './panels/dom.ts';
import { mountMapControls } from './panels/map-controls.ts';
import { mountMatchingList } from './panels/matching-list.ts';
import { mountNotices } from './panels/notices.ts';
import { mountSearch } from './panels/search.ts';
import { createSeedViewer } from './panels/seed-viewer.ts';
import { inOrder, runSliced, type Step } from './lib/slices.ts';
import { linkNotices } from './state/link-notices.ts';
import { createAppStore } from './state/store.ts';
import { decodeView } from './state/url.ts';

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

export async function start(early: EarlyInput): Promise<void> {
  // The action buttons work from now on: what they need arrives through `ready`.
  let resolveReady!: (parts: AppParts) => void;
  const ready = new Promise<AppParts>((r) => (resolveReady = r));
  const actions = mountActions(ready);
  wireBriefings(ready);

  // The runtime config only matters to the live map (an online basemap) and exports: the first
  // screen does not wait for it.
  const configured = loadConfig();
  const [data, topo] = await Promise.all([
    import('./data/data.ts').then((m) => runSliced(m.parsingData())),
    loadTopology(),
  ]);
  performance.mark('app:data');
  const atlas = await runSliced(buildingAtlas(topo, data));
  const { view, problems } = decodeView(location.search, data);
  const store = createAppStore(view);
  reportUncaught(store);
  performance.mark('app:atlas');
  await runSliced(inOrder(prepareMap($('#map'), store, data, atlas)));

  // The map first: it replaces the build-time picture with one that answers input.
  const map = mountMap({
    host: $('#map'),
    tooltip: $('#tooltip'),
    store,
    data,
    atlas,
    basemapUrl: configured.then((c) => c.config.basemapStyle),
    // Frame times are the bench's instrument only: a production build has none.
    ...(import.meta.env.VITE_BENCH ? { onFrame: recordFrame } : {}),
  });
  performance.mark('app:map');
  const lang = store.getState().lang;
  const openSeed = createSeedViewer(() => store.getState().lang);
  const open = (id: string) => focusPlace(store, atlas, id);
  // Top to bottom as a phone stacks them (panels, then filters), so that nothing painted in one
  // step is pushed down by the next; the browser gets a turn between steps.
  const steps: Step[] = [
    () => mountMapControls($('.map-wrap'), store, map, atlas, data),
    () => syncChrome(store),
    () => {
      mountNotices($('#notices'), store);
      for (const n of linkNotices(problems, lang)) store.getState().notify({ ...n, kind: 'error' });
      if (store.getState().embed) mountEmbedChrome($('.map-wrap'), lang);
    },
    () => mountSearch($('#search'), store, data, open, (ids) => framePlaces(store, atlas, ids)),
    () =>
      mountDistrictPanel($('#district'), store, {
        data,
        openSeed,
        focusPlace: open,
        // 区县产业名片 (issue 22): its code loads on the first print.
        printProfile: (id) => {
          void Promise.all([import('./profiles/print.ts'), configured])
            .then(([m, c]) =>
              m.printProfiles(
                { data, atlas, state: () => store.getState(), publicUrl: c.config.publicUrl },
                id ? [id] : undefined,
              ),
            )
            .catch((e: unknown) =>
              store.getState().notify({
                id: 'export',
                kind: 'error',
                text: t(store.getState().lang, 'exportFailed', { error: String(e) }),
              }),
            );
        },
      }),
    () => mountIndustryDetail($('#industry'), store, data, openSeed),
    () => mountMatchingList($('#matching'), store, data, open),
    // On a phone the filters' drawer is closed and the legend folded: each is built when shown.
    () => mountWhenShown($('#filters'), () => mountFilters($('#filters'), store, data)),
    () => {
      mountFilterChips($('#chips'), store, data);
      mountWhenShown($('#legend'), () => mountLegend($('#legend'), store, data, atlas, openSeed));
    },
    () => syncUrl(store, data),
    () => mountViews({ store, data, openSeed }),
    () => syncSummary(store, data),
    () => followFilters(store, data, atlas),
  ];
  // In slices: a step that throws fails the start (boot.ts says so where the map would be).
  await runSliced(inOrder(steps));
  document.body.dataset['live'] = 'true';
  performance.mark('app:live');
  replay(early.release());

  const { config, malformed } = await configured;
  if (malformed)
    store.getState().notify({ id: 'config', kind: 'info', text: t(lang, 'configMalformed') });
  resolveReady({ store, data, atlas, map, publicUrl: config.publicUrl });
  const linked = store.getState().tour;
  // A single file downloaded with a briefing inside plays it (src/briefing/single-file.ts); a
  // kept briefing's presentation (issue 22) plays from this device; others from data/tour.json.
  const carried = document.getElementById('cq-briefing')?.textContent;
  if (carried) await actions.playEmbedded(carried, linked?.step ?? 0);
  else if (linked && !(await resumeBriefing(linked.id, linked.step)))
    await actions.startTour(linked.id, linked.step);
}
