/**
 * The contract between the app and the views beside the map (table, compare, targets, catalogue,
 * my projects): what each is given and how it mounts. It sits below both, so the views import it
 * and src/app/views.ts loads them without an import cycle.
 */
import type { DataFiles } from '../data/types.ts';
import type { AppStore } from '../state/store.ts';
import type { OpenSeed } from './citation.ts';

/** What every view is given. */
export interface ViewContext {
  store: AppStore;
  data: DataFiles;
  openSeed: OpenSeed;
}

/** A view's module: mounts into the main area, returns its unmount. */
export interface ViewModule {
  mountView(area: HTMLElement, ctx: ViewContext): () => void;
}
