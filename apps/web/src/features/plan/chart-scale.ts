/** Evenly spaced, round axis values (steps of 1, 2 or 5 times a power of ten) covering min to max. */
export function niceTicks(min: number, max: number, count = 5): { ticks: number[]; decimals: number } {
  let low = min;
  let high = max;
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / (count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Whole multiples of the step, rounded, so that 0.1 + 0.2 never shows as 0,30000000000000004.
  for (let index = first; index <= last; index++) ticks.push(Number((index * step).toFixed(decimals)));
  return { ticks, decimals };
}

/** Runs of consecutive present values; a missing value ends a run, so the line shows a gap there. */
export function presentRuns<T>(items: readonly T[], isPresent: (item: T) => boolean): T[][] {
  const runs: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (isPresent(item)) {
      current.push(item);
    } else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
