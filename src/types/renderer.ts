/** Which renderer draws the map: the SVG map or the live maplibre + deck.gl map (src/map/). */
export type RendererKind = 'svg' | 'webgl';
