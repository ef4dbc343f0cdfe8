/**
 * The selected place's outline and a briefing chapter's highlighted places. Not in the legend: the
 * selection is what the side panel is about, and a chapter's caption names its highlights.
 */
import type { LayerSpec } from '../types.ts';

export const selection: LayerSpec = {
  id: 'selection',
  drawn: (s) => s.district !== null || s.highlight.length > 0,
  legend: null,
};
