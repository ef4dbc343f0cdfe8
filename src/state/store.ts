/**
 * The one store: what the user changes, and nothing derived. Layers and panels read it; selectors
 * derive everything else from it and the static data.
 */
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { GroupId, ProgrammeId } from '../data/types.ts';
import type { Bounds, Camera, Padding } from '../types/camera.ts';
import type { RendererKind } from '../types/renderer.ts';
import type { Lang } from '../types/lang.ts';
import { DEFAULT_LAYERS, LAYER_IDS, type LayerId } from '../types/layers.ts';
import type { ProjectMarks } from '../types/projects.ts';

// Defined at the bottom (src/types/); said here too, where most modules read them.
export type { Camera, Lang, LayerId };
export { DEFAULT_LAYERS, LAYER_IDS };
export { VERDICTS, type ProjectMarks, type Verdict } from '../types/projects.ts';

/**
 * A move the map on screen is asked to make. The store is the camera's one writer: search, the
 * filters, the briefing, the buttons and links all ask here, and the map (whichever renderer is
 * on screen) carries the move out and reports where it came to rest through `setCamera`.
 */
export type CameraMove =
  | { kind: 'jump'; camera: Camera; duration: number }
  | {
      kind: 'fit';
      bounds: Bounds;
      padding: Padding | number;
      maxZoom: number;
      duration: number;
      /**
       * Stay put when the bounds are framed already: 'framed' when they are in view at about the
       * zoom that fits them (a filter that leaves places all over the view does not move the
       * map), 'home' when the camera is the whole city's framing already.
       */
      unless?: 'framed' | 'home';
    }
  | { kind: 'zoom'; delta: number };

export interface Notice {
  id: string;
  /** Text in the current language, made by the code that raised it. */
  text: string;
  kind: 'error' | 'info';
}

export interface ViewState {
  /** Selected layout rows (ids: the 小类, or the 门类 for a whole-门类 row). Empty = all. */
  industries: string[];
  programmes: ProgrammeId[];
  groups: GroupId[];
  /** Selected place (GB/T 2260 code or zone id). */
  district: string | null;
  layers: LayerId[];
  /** Null until the map reports one, or when the link gives none (fit Chongqing). */
  camera: Camera | null;
  /** The last move asked of the map; `seq` tells two equal asks apart. */
  cameraMove: (CameraMove & { seq: number }) | null;
  lang: Lang;
  notices: Notice[];
  /** Places drawn with a strong outline (a tour chapter's subjects). */
  highlight: string[];
  /** The tour being presented and its chapter (0-based), or null. */
  tour: TourPosition | null;
  /** What the main area shows. */
  mode: ViewMode;
  /** Places being compared (two to four; the compare view says so with fewer). */
  compare: string[];
  /** Embedded in another page: no header or side panels. */
  embed: boolean;
  /** What the catalogue view is filtered by ('' = everything). */
  query: string;
  /** The renderer the user or a link asked for; null lets the app choose by the machine. */
  renderer: RendererKind | null;
  /** The user's own project list, as the map and panels show it (src/import/); null: none. */
  projects: ProjectMarks | null;
}

export type ViewMode = 'map' | 'table' | 'compare' | 'targets' | 'catalogue' | 'projects';
export const VIEW_MODES: readonly ViewMode[] = [
  'map',
  'table',
  'compare',
  'targets',
  'catalogue',
  'projects',
];

export interface TourPosition {
  id: string;
  step: number;
}

/** The part of the view a tour chapter sets at once. */
export type ChapterView = Pick<
  ViewState,
  'industries' | 'programmes' | 'groups' | 'district' | 'layers' | 'highlight'
>;

export interface Actions {
  setIndustries(ids: string[]): void;
  toggleIndustries(ids: string[], on: boolean): void;
  toggleProgramme(id: ProgrammeId): void;
  toggleGroup(id: GroupId): void;
  setProgrammes(ids: ProgrammeId[]): void;
  setGroups(ids: GroupId[]): void;
  /** Places drawn with a strong outline (a tour chapter's subjects, a belt found by search). */
  setHighlight(ids: string[]): void;
  /** Turns a layer on (a no-op when it is on). */
  showLayer(id: LayerId): void;
  selectDistrict(id: string | null): void;
  toggleLayer(id: LayerId): void;
  /** Where the map came to rest (the map's report, not a request to move). */
  setCamera(c: Camera): void;
  /** Asks the map to move. */
  moveCamera(m: CameraMove): void;
  setLang(lang: Lang): void;
  notify(n: Notice): void;
  dismiss(id: string): void;
  clearFilters(): void;
  /** Sets a whole chapter's view in one change (one redraw). */
  applyView(v: ChapterView): void;
  setTour(t: TourPosition | null): void;
  setMode(m: ViewMode): void;
  /** Adds a place to the comparison (at most four; the oldest gives way). */
  addCompare(id: string): void;
  removeCompare(id: string): void;
  setQuery(q: string): void;
  setRenderer(r: RendererKind | null): void;
  setProjects(p: ProjectMarks | null): void;
}

export type AppState = ViewState & Actions;

export const INITIAL_VIEW: ViewState = {
  industries: [],
  programmes: [],
  groups: [],
  district: null,
  layers: [...DEFAULT_LAYERS],
  camera: null,
  cameraMove: null,
  lang: 'zh',
  notices: [],
  highlight: [],
  tour: null,
  mode: 'map',
  compare: [],
  embed: false,
  query: '',
  renderer: null,
  projects: null,
};

/** At most this many places are compared at once. */
export const COMPARE_LIMIT = 4;

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** A new store, starting from `initial` (e.g. what the URL says). */
export function createAppStore(initial: Partial<ViewState> = {}) {
  return createStore<AppState>()(
    subscribeWithSelector((set) => ({
      ...INITIAL_VIEW,
      ...initial,
      setIndustries: (ids) => set({ industries: [...new Set(ids)] }),
      toggleIndustries: (ids, on) =>
        set((s) => ({
          industries: on
            ? [...new Set([...s.industries, ...ids])]
            : s.industries.filter((x) => !ids.includes(x)),
        })),
      toggleProgramme: (id) => set((s) => ({ programmes: toggled(s.programmes, id) })),
      toggleGroup: (id) => set((s) => ({ groups: toggled(s.groups, id) })),
      setProgrammes: (programmes) => set({ programmes: [...new Set(programmes)] }),
      setGroups: (groups) => set({ groups: [...new Set(groups)] }),
      setHighlight: (highlight) => set({ highlight }),
      showLayer: (id) =>
        set((s) =>
          s.layers.includes(id)
            ? {}
            : { layers: LAYER_IDS.filter((l) => l === id || s.layers.includes(l)) },
        ),
      selectDistrict: (id) => set({ district: id }),
      toggleLayer: (id) =>
        set((s) => ({ layers: LAYER_IDS.filter((l) => (l === id) !== s.layers.includes(l)) })),
      setCamera: (camera) => set({ camera }),
      moveCamera: (m) => set((s) => ({ cameraMove: { ...m, seq: (s.cameraMove?.seq ?? 0) + 1 } })),
      setLang: (lang) => set({ lang }),
      notify: (n) => set((s) => ({ notices: [...s.notices.filter((x) => x.id !== n.id), n] })),
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((x) => x.id !== id) })),
      clearFilters: () => set({ industries: [], programmes: [], groups: [], highlight: [] }),
      applyView: (v) => set({ ...v }),
      setTour: (tour) => set(tour ? { tour } : { tour: null, highlight: [] }),
      setMode: (mode) => set({ mode }),
      addCompare: (id) =>
        set((s) =>
          s.compare.includes(id) ? {} : { compare: [...s.compare, id].slice(-COMPARE_LIMIT) },
        ),
      removeCompare: (id) => set((s) => ({ compare: s.compare.filter((x) => x !== id) })),
      setQuery: (query) => set({ query }),
      setRenderer: (renderer) => set({ renderer }),
      setProjects: (projects) => set({ projects }),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
