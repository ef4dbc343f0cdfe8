/**
 * Names: places (label placement, ../../label-placement.ts), 主城 and the rivers along their
 * course. Not in the legend: a name explains itself.
 */
import type { LayerSpec } from '../types.ts';

export const labels: LayerSpec = { id: 'labels', drawn: () => true, legend: null };
