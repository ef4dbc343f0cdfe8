/**
 * Fixture tests where the output is data (issue 21), as Turf and Observable Plot keep theirs:
 * `tests/fixtures/<name>/<case>/in.json` is what goes in, `out.*` what came out when it was last
 * reviewed. A change in the output fails the test with a diff; when the change is meant, rewrite
 * the outputs with `UPDATE_FIXTURES=1 npx vitest run tests/snapshots` and review them in `git diff`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../../scripts/lib/seeds.ts';

export const FIXTURES = join(ROOT, 'tests', 'fixtures');
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

/** The cases of a fixture set: each folder under tests/fixtures/<name>/ with its parsed in.json. */
export function cases<T>(name: string): [string, T][] {
  const dir = join(FIXTURES, name);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((c) => [c, JSON.parse(readFileSync(join(dir, c, 'in.json'), 'utf8')) as T]);
}

/**
 * Checks `actual` against tests/fixtures/<name>/<c>/<file> (rewrites it under UPDATE_FIXTURES=1).
 * Compared as text, so a failure shows the lines that changed.
 */
export function matchesFixture(name: string, c: string, file: string, actual: string): void {
  const path = join(FIXTURES, name, c, file);
  const text = actual.endsWith('\n') ? actual : `${actual}\n`;
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path))
    throw new Error(`${path} is missing: UPDATE_FIXTURES=1 npx vitest run tests/snapshots`);
  expect(text, `${name}/${c}/${file} (UPDATE_FIXTURES=1 rewrites it; review the diff)`).toBe(
    readFileSync(path, 'utf8'),
  );
}

/**
 * JSON with numbers rounded to `digits` decimals (no noise from the last float bits), a list of
 * numbers (a coordinate, a box) on one line.
 */
export function stableJson(value: unknown, digits = 4): string {
  const k = 10 ** digits;
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'number' ? Math.round(v * k) / k : v),
    2,
  ).replace(
    /\[\s*(-?[\d.e+-]+(?:,\s*-?[\d.e+-]+)*)\s*\]/g,
    (_m, nums: string) => `[${nums.split(/,\s*/).join(', ')}]`,
  );
}
