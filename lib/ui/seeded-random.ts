/**
 * Runs `fn` with Math.random replaced by a seeded generator (mulberry32). fCoSE starts from random positions; seeding
 * it makes the same graph open in the same arrangement on every load, so a shared URL shows what its author saw. Only
 * for synchronous work: the original is back before anything else can run.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
