/** The briefing editor's state and what its actions and its drawing share (types only). */
import type { Lang } from '../state/store.ts';
import type { BriefingApp } from './app.ts';
import type { BriefingShelf, KeptBriefing } from './kept.ts';

export interface Model {
  kept: KeptBriefing[];
  /** The briefing being edited (one of `kept`), or null. */
  current: KeptBriefing | null;
  status: string;
}

export interface Env {
  app: BriefingApp;
  shelf: BriefingShelf;
  model: Model;
  panel: HTMLElement;
  lang(): Lang;
  /** Redraws the panel from the model. */
  draw(): void;
}
