/**
 * The ways into the briefing editor (issue 22), for the panels and views below it: "为这位客商准备
 * 简报 / Prepare a briefing" from siting and from the selected industry's detail (an industry
 * filter, or a search hit that selected one). Callers only name what they want; the editor
 * (src/briefing/, a layer above) registers itself as the opener when the app starts, and loads its
 * code on the first request. 我的项目 also shares its list here, for a briefing's projects chapter.
 */
import type { IndustryMatch } from '../data/industries.ts';
import type { ProjectRow } from '../import/projects.ts';
import type { Lang } from '../state/store.ts';

export type BriefingRequest =
  /** Compose a new briefing for an industry: a word as typed, or a resolved match. */
  | { kind: 'compose'; industry: string | Extract<IndustryMatch, { ok: true }> }
  /** Open the editor on the briefings kept on this device. */
  | { kind: 'open' }
  /** Present a kept briefing (a link or a reload during its presentation) at `step`, 0-based. */
  | { kind: 'present'; id: string; step: number };

type Opener = (req: BriefingRequest) => Promise<boolean>;
let opener: Opener | null = null;
let projects: readonly ProjectRow[] | null = null;

/** Set once by the editor's wiring (src/briefing/entry.ts). */
export function setBriefingOpener(fn: Opener): void {
  opener = fn;
}

/** Carries out `req`; false when it could not (no editor wired, or nothing to present). */
export function openBriefing(req: BriefingRequest): Promise<boolean> {
  return opener ? opener(req) : Promise.resolve(false);
}

/** 我的项目 tells the briefings its list (null: none loaded). */
export function shareProjects(rows: readonly ProjectRow[] | null): void {
  projects = rows;
}

/** The office's list as last shown in 我的项目, for a new briefing. */
export const sharedProjects = (): readonly ProjectRow[] | null => projects;

const PREPARE: Record<Lang, string> = { zh: '为这位客商准备简报', en: 'Prepare a briefing' };

/** A "Prepare a briefing" button for a caller's own panel. */
export function prepareButton(lang: Lang, req: () => BriefingRequest): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'briefing-prepare';
  b.dataset['testid'] = 'briefing-prepare';
  b.textContent = PREPARE[lang];
  b.addEventListener('click', () => void openBriefing(req()));
  return b;
}
