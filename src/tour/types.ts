/** The briefing tours (data/tour.json): chapters are data, the presenter only plays them. */
import type { GroupId, ProgrammeId } from '../data/types.ts';
import type { LayerId } from '../state/store.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ChapterSpec {
  layers: LayerId[];
  /** Layout rows (小类 ids) or 门类 names (all their rows). */
  industries?: string[];
  programmes?: ProgrammeId[];
  groups?: GroupId[];
  /**
   * Places outlined as the chapter's subjects (an industry chapter outlines its industry's places
   * when this is absent). A chapter opens no district panel: a close-up outlines its place.
   */
  highlight?: string[];
  /** What the camera frames: all of Chongqing, or these places. */
  fit: 'chongqing' | string[];
}

export interface Chapter {
  id: string;
  title: Bilingual;
  caption: Bilingual;
  /** The seed sentence the chapter rests on, verbatim. */
  source: { doc: string; quote: string; line?: number };
  view: ChapterSpec;
}

export interface Tour {
  id: string;
  title: Bilingual;
  chapters: Chapter[];
}

export interface TourFile {
  tours: Tour[];
}
