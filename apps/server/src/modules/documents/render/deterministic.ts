/** The start of 2000: a fixed time stamp for files that must not carry the time they were made. */
export const FIXED_TIME = Date.UTC(2000, 0, 1);

/** A small seeded generator (mulberry32), so generated ids repeat from one rendering to the next. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs a packer that takes random ids and the clock's time for its zip entries, with both fixed. The docx
 * packer builds and zips synchronously before its promise, so nothing else runs while they are replaced;
 * they are restored before anything is awaited.
 */
export function deterministically<T>(pack: () => Promise<T>): Promise<T> {
  const random = Math.random;
  const now = Date.now;
  Math.random = seeded(20_000_101);
  Date.now = () => FIXED_TIME;
  try {
    return pack();
  } finally {
    Math.random = random;
    Date.now = now;
  }
}
