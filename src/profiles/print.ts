/**
 * Prints district profiles: one (the district panel's "打印名片") or the booklet of all 41. Loaded
 * on demand. Each page's QR code opens the place on the map (the view link an export uses: the
 * configured public address, else this page's own).
 */
import type { DataFiles } from '../data/types.ts';
import { viewLink } from '../export/export.ts';
import type { Atlas } from '../geo/atlas.ts';
import { DEFAULT_LAYERS, INITIAL_VIEW, type AppState } from '../state/store.ts';
import { profileModel, profilePlaces } from './model.ts';
import { profilePage } from './page.ts';
import { fitSheets, mountSheets, printSheets } from './sheets.ts';

export interface ProfileDeps {
  data: DataFiles;
  atlas: Atlas;
  state: () => AppState;
  publicUrl: string;
}

/** The link to place `id` on the map: the whole city, default layers, the place selected. */
export function placeLink(id: string, deps: ProfileDeps): string {
  const s = deps.state();
  const view = {
    ...s,
    ...INITIAL_VIEW,
    layers: [...DEFAULT_LAYERS],
    lang: s.lang,
    renderer: s.renderer,
    district: id,
  };
  return viewLink(view, deps.data, deps.publicUrl, location).url;
}

/** Builds the profile pages of `ids` (all 41 when absent) as the printed document. */
export function buildProfiles(deps: ProfileDeps, ids?: readonly string[]): HTMLElement {
  const lang = deps.state().lang;
  const places = ids ?? profilePlaces(deps.data).map((p) => p.id);
  const pages = places
    .map((id) => profileModel(id, deps.data))
    .filter((p) => p !== undefined)
    .map((p) =>
      profilePage(p, {
        data: deps.data,
        atlas: deps.atlas,
        lang,
        link: (id) => placeLink(id, deps),
      }),
    );
  const root = mountSheets(pages, 'profile', lang);
  fitSheets(root);
  return root;
}

/** Prints the profiles of `ids` (one place, or all 41 when absent). */
export async function printProfiles(deps: ProfileDeps, ids?: readonly string[]): Promise<void> {
  await printSheets(buildProfiles(deps, ids));
}
