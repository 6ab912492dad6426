/** Summary statistics for the benchmark's timings: the spread matters as much as the middle. */
export interface Spread {
  runs: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

export function spread(samples: readonly number[]): Spread {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles: no interpolation between runs that never happened.
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return {
    runs: sorted.length,
    median: rank(0.5),
    p90: rank(0.9),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}
