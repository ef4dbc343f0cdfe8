import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  classify,
  median,
  medianScores,
  pairRatios,
  percentile,
  table,
} from '../../bench/lib.ts';

describe('bench statistics', () => {
  it('computes medians of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes the median of each Lighthouse score over several audits', () => {
    expect(
      medianScores([
        { performance: 96, accessibility: 100, bestPractices: 100 },
        { performance: 87, accessibility: 100, bestPractices: 96 },
        { performance: 94, accessibility: 98, bestPractices: 100 },
      ]),
    ).toEqual({ performance: 94, accessibility: 100, bestPractices: 100 });
  });

  it('computes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('takes ratios pair by pair from interleaved runs', () => {
    expect(pairRatios([10, 20, 30], [5, 10])).toEqual([2, 2]);
  });
});

describe('classify', () => {
  it('tells JS, CSS, data and geometry apart', () => {
    expect(classify('http://127.0.0.1:1/assets/index-abc.js')).toBe('js');
    expect(classify('http://127.0.0.1:1/assets/boundaries.topo-abc.js')).toBe('geometry');
    expect(classify('http://127.0.0.1:1/assets/data-abc.js')).toBe('data');
    expect(classify('http://127.0.0.1:1/config.json')).toBe('data');
    expect(classify('http://127.0.0.1:1/assets/index-abc.css')).toBe('css');
    expect(classify('http://127.0.0.1:1/')).toBe('html');
  });
});

describe('checkBudgets', () => {
  it('holds an "under" budget to strictly less than its limit', () => {
    const [at, below] = checkBudgets([
      { name: 'p95', value: 33, limit: 33, kind: 'under', unit: 'ms' },
      { name: 'p95', value: 32.9, limit: 33, kind: 'under', unit: 'ms' },
    ]);
    expect([at!.ok, below!.ok]).toEqual([false, true]);
  });

  it('passes, fails, or leaves unmeasured figures open', () => {
    const r = checkBudgets([
      { name: 'a', value: 10, limit: 16, kind: 'max', unit: 'ms' },
      { name: 'b', value: 20, limit: 16, kind: 'max', unit: 'ms' },
      { name: 'c', value: 95, limit: 90, kind: 'min', unit: '' },
      { name: 'd', value: null, limit: 1, kind: 'max', unit: '' },
    ]);
    expect(r.map((x) => x.ok)).toEqual([true, false, true, null]);
  });
});

describe('table', () => {
  it('aligns columns and rounds numbers', () => {
    expect(
      table(
        ['a', 'bb'],
        [
          ['x', 1.234],
          ['yyy', 1234.5],
        ],
      ),
    ).toBe('a    bb\n---  ----\nx    1.23\nyyy  1235');
  });
});
