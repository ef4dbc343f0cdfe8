/**
 * Every label on its own place, as a user sees it: at four screen sizes and in both languages, each
 * district name on the map lies on that district (the district drawn under its box is its own), or
 * ends a short leader line on it. Read from the rendered page only: the text's box, the leader's
 * ends, and what `elementsFromPoint` finds there.
 */
import { describe, expect, it } from 'vitest';
import { perTest, type Session } from './per-test.ts';

const SIZES = [
  [1920, 1080],
  [1440, 900],
  [768, 1024],
  [360, 640],
] as const;

/** The limit for a leader at these sizes, in CSS px (label-placement.ts LEADER_MAX). */
const LEADER_LIMIT = 40;

// One browser for the file, a context per test: closed, and its errors and refused requests
// asserted, after each test (per-test.ts).
const t = perTest();
let app: Session;

interface Finding {
  code: string;
  text: string;
  problem: string;
}

describe('map labels on their own place', () => {
  for (const [width, height] of SIZES)
    for (const lang of ['zh', 'en'] as const)
      it(`${width}×${height} ${lang}`, async () => {
        app = await t.open({ width, height, query: lang === 'en' ? '?lang=en' : '' });
        const { page } = app;
        await page.waitForSelector('#map [data-label="place"]');
        const found = await page.evaluate((limit): { checked: number; bad: Finding[] } => {
          const map = document.getElementById('map')!.getBoundingClientRect();
          const bad: Finding[] = [];
          /**
           * Whether the user sees place `code` at a point (its district, or its Sichuan city or
           * county: those nest), and no other district; undefined when the map is not on top there.
           */
          const onOwn = (code: string, x: number, y: number): string | undefined => {
            if (x < map.left || x > map.right || y < map.top || y > map.bottom) return undefined;
            const stack = document.elementsFromPoint(x, y);
            if (!stack[0] || !document.getElementById('map')!.contains(stack[0])) return undefined;
            // A Sichuan place's name: on no Chongqing district (its own shape is drawn under
            // the districts' layer, out of this test's reach; the unit tests check it).
            const unit = !!document.querySelector(
              `#map [data-kind="district"][data-code="${code}"]`,
            );
            const places = stack.filter((e) =>
              /^(district|partner)$/.test(e.getAttribute('data-kind') ?? ''),
            );
            const other = places.find(
              (e) =>
                e.getAttribute('data-kind') === 'district' && e.getAttribute('data-code') !== code,
            );
            if (other) return other.getAttribute('data-code')!;
            return !unit || places.some((e) => e.getAttribute('data-code') === code)
              ? ''
              : 'no place of its own';
          };
          // Leader lines, in page pixels: "M ax ay L ex ey" a label.
          const leaders: { code: string | null; a: [number, number]; e: [number, number] }[] = [];
          for (const path of document.querySelectorAll<SVGPathElement>(
            '#map [data-kind="leaders"]',
          )) {
            const m = path.getScreenCTM()!;
            const nums = (path.getAttribute('d') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
            const pt = (x: number, y: number): [number, number] => [
              m.a * x + m.c * y + m.e,
              m.b * x + m.d * y + m.f,
            ];
            for (let i = 0; i + 3 < nums.length; i += 4)
              leaders.push({
                code: path.getAttribute('data-code'),
                a: pt(nums[i]!, nums[i + 1]!),
                e: pt(nums[i + 2]!, nums[i + 3]!),
              });
          }
          let checked = 0;
          for (const t of document.querySelectorAll<SVGTextElement>(
            '#map [data-label="place"][data-code]',
          )) {
            const code = t.getAttribute('data-code')!;
            const text = t.textContent ?? '';
            const r = t.getBoundingClientRect();
            if (
              r.right < map.left ||
              r.left > map.right ||
              r.bottom < map.top ||
              r.top > map.bottom
            )
              continue;
            const zone = code.startsWith('zone-');
            if (t.getAttribute('data-leader') === 'true') {
              // Its leader is the one whose label end is nearest this box (the placement's box
              // is the text's estimate, a few px off the glyphs' box).
              const gap = (x: { e: [number, number] }) =>
                Math.hypot(
                  Math.max(r.left - x.e[0], 0, x.e[0] - r.right),
                  Math.max(r.top - x.e[1], 0, x.e[1] - r.bottom),
                );
              // The leader the map says is this label's; else the nearest one's.
              const l =
                leaders.find((x) => x.code === code) ??
                leaders.filter((x) => gap(x) <= 12).sort((a, b) => gap(a) - gap(b))[0];
              if (!l) {
                bad.push({ code, text, problem: 'no leader line' });
                continue;
              }
              const len = Math.hypot(l.a[0] - l.e[0], l.a[1] - l.e[1]);
              if (len > limit + 1) bad.push({ code, text, problem: `leader ${len.toFixed(0)} px` });
              const at = onOwn(code, ...l.a);
              if (!zone && at) bad.push({ code, text, problem: `leader ends on ${at}` });
              checked++;
              continue;
            }
            if (zone) continue;
            // The text's own box, 2 px in (glyph boxes include a little air): corners, edge
            // midpoints and centre.
            const xs = [r.left + 2, (r.left + r.right) / 2, r.right - 2];
            const ys = [r.top + 2, (r.top + r.bottom) / 2, r.bottom - 2];
            const off = xs.flatMap((x) => ys.map((y) => onOwn(code, x, y))).find((at) => at);
            if (off) bad.push({ code, text, problem: `on ${off}` });
            checked++;
          }
          return { checked, bad };
        }, LEADER_LIMIT);
        expect(found.bad).toEqual([]);
        // The check saw the labels: a few at least, on any screen.
        expect(found.checked).toBeGreaterThan(width < 400 ? 4 : 12);
      });
});
