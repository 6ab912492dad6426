import { expect, it } from 'vitest';
import { spread } from '../../../bench/stats';

it('uses nearest-rank median and p90', () => {
  expect(spread([5, 1, 4, 2, 3, 6, 7, 8, 9, 10])).toEqual({
    runs: 10,
    median: 5,
    p90: 9,
    min: 1,
    max: 10,
  });
  expect(spread([42])).toEqual({ runs: 1, median: 42, p90: 42, min: 42, max: 42 });
});

it('refuses an empty sample', () => {
  expect(() => spread([])).toThrow('No samples');
});
