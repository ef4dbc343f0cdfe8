// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderTargets } from '../../src/targets/view.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const seeds = readSeeds();

describe('the Targets view', () => {
  it('shows every target of both tables with the seed cells’ values and its source row', () => {
    const el = renderTargets(data, 'zh', vi.fn()) as HTMLElement;
    const items = [...el.querySelectorAll('[data-testid="target"]')];
    expect(items).toHaveLength(data.targets.length);
    for (const li of items) {
      const r = data.targets.find((x) => x.id === li.getAttribute('data-target'))!;
      expect(li.querySelector('[data-testid="value2020"]')!.textContent).toBe(r.value2020);
      expect(li.querySelector('[data-testid="target2025"]')!.textContent).toBe(r.target2025);
      // The cells are in the seed's row, which the citation quotes.
      expect(seeds[r.source.doc]).toContain(r.source.quote);
      expect(r.source.quote).toContain(r.target2025.replace(/\s+/g, ' ').trim().split(' ')[0]!);
      expect(li.querySelector('[data-testid="citation"]')).not.toBeNull();
    }
  });

  it('draws 2020 against 2025 on one scale: 食品行业 1546 → 2300', () => {
    const el = renderTargets(data, 'zh', vi.fn()) as HTMLElement;
    const food = el.querySelector('[data-target="000-2"]')!;
    const [bar2020, bar2025] = [...food.querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(bar2025! / bar2020!).toBeCloseTo(2300 / 1546, 1);
  });
});
