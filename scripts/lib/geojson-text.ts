/**
 * The features of a GeoJSON FeatureCollection as the exact text the file has for each, so an
 * excerpt can be kept byte for byte (JSON.parse then stringify would rewrite `7.0` as `7`, reorder
 * nothing but still change bytes, and the pin would no longer prove the excerpt is unedited).
 */

/** The raw text of each element of the top-level `features` array, in file order. */
export function featureTexts(collection: string): string[] {
  const out: string[] = [];
  // Depth counts open objects and arrays; the features array is entered at depth 1 (inside the
  // top-level object), so its elements open at depth 2.
  let depth = 0;
  let inFeatures = false;
  let lastKey = '';
  let start = -1;
  for (let i = 0; i < collection.length; i++) {
    const c = collection[i];
    if (c === '"') {
      const end = stringEnd(collection, i);
      if (depth === 1) lastKey = collection.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      if (depth === 1 && c === '[' && lastKey === 'features') inFeatures = true;
      else if (inFeatures && depth === 2) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (inFeatures && depth === 2 && start >= 0) {
        out.push(collection.slice(start, i + 1));
        start = -1;
      } else if (inFeatures && depth === 1) inFeatures = false;
    }
  }
  if (depth !== 0) throw new Error('geojson: unbalanced brackets');
  return out;
}

/** The index of the quote closing the string that opens at `open` (backslash escapes skipped). */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  throw new Error('geojson: unterminated string');
}
