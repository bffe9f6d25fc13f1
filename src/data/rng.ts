/**
 * Counter-based randomness for data order and augmentation parameters: every draw is a pure function of
 * (seed, epoch, sample index, stream, slot), so a sample's views never depend on batch size, batch position or
 * which process handled it. This is scalar bookkeeping (a few numbers per sample), not a numeric kernel.
 */

/** murmur3's 32-bit finalizer: a bijective avalanche mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes a list of integer words into 32 bits. Words may be any safe integers (the high part is mixed too).
 * @example hashWords([seed, epoch, index]) // → 0..2^32-1
 */
export function hashWords(words: readonly number[]): number {
  let h = 0x243f6a88;
  for (const w of words) {
    const lo = w >>> 0;
    const hi = Math.floor(w / 4294967296) >>> 0;
    h = fmix32((h ^ Math.imul(lo, 0xcc9e2d51)) + 0x9e3779b9);
    if (hi !== 0) h = fmix32((h ^ Math.imul(hi, 0x1b873593)) + 0x7f4a7c15);
  }
  return fmix32(h ^ words.length);
}

/**
 * Uniform draws in [0, 1) keyed by a fixed prefix (e.g. seed, epoch, sample, view) and a slot number. Each
 * parameter uses its own slot, so adding a parameter never shifts the others.
 *
 * @example
 * const r = new KeyedRandom([seed, epoch, sampleIndex, view]);
 * const flip = r.uniform(50) < 0.5;
 */
export class KeyedRandom {
  private readonly base: number;
  constructor(key: readonly number[]) {
    this.base = hashWords(key);
  }
  /** A uniform number in [0, 1) with 53 random bits, a pure function of (key, slot). */
  uniform(slot: number): number {
    const a = fmix32((this.base ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0);
    const b = fmix32((a + 0x6a09e667 + slot) >>> 0);
    return ((a >>> 5) * 67108864 + (b >>> 6)) / 9007199254740992;
  }
  /** Uniform in [lo, hi). */
  range(slot: number, lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform(slot);
  }
  /** Integer uniform in [lo, hi) (hi exclusive). */
  int(slot: number, lo: number, hi: number): number {
    return lo + Math.floor(this.uniform(slot) * (hi - lo));
  }
}

/**
 * A seeded permutation of 0..n-1 for one epoch (Fisher-Yates over counter-based draws).
 * @example const order = permutation(60000, 7, 0); // the same for every process with seed 7, epoch 0
 */
export function permutation(n: number, seed: number, epoch: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  const r = new KeyedRandom([seed, epoch, 0x5eed5]);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r.uniform(i) * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
