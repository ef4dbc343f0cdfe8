/**
 * The code's shape, checked: what the browser runs stays apart from what only the data build
 * runs (no module under src/ outside src/pipeline imports build-time code — seed parsing, geometry
 * build, curation, the scripts — except for types, which compile away); and the camera has one
 * writer, the store (nothing outside the map moves the map on screen itself).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/seeds.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('runtime and build-time code', () => {
  it('no runtime module imports a build-only one (types aside)', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'src'))) {
      const rel = relative(ROOT, f);
      if (rel.startsWith('src/pipeline/')) continue;
      const text = readFileSync(f, 'utf8');
      // Every import or re-export statement, whole (they may span lines).
      for (const m of text.matchAll(/^(import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const [stmt, , spec] = m;
        const typeOnly = /^(import|export)\s+type\s/.test(stmt);
        if (!typeOnly && /(^|\/)(pipeline|scripts)\//.test(spec!))
          offenders.push(`${rel}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('the camera', () => {
  it('is moved through the store only: no module outside src/map calls a map view to move it', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'src'))) {
      const rel = relative(ROOT, f);
      // The map's own code carries the moves out; an export frames the off-screen map it made
      // for the handout (never the one on screen).
      if (rel.startsWith('src/map/') || rel === 'src/export/export.ts') continue;
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\.(jumpTo|fitBounds|zoomBy|flyTo|easeTo)\(/g))
        offenders.push(`${rel}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});
