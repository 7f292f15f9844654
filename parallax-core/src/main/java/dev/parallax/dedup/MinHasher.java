package dev.parallax.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets: the signature position i holds the minimum of hash function
 * i over the set, so two signatures agree at a position with probability equal to the Jaccard of
 * the sets. The hash family is derived from a seed, so signatures are identical on every run and
 * can be stored or compared across batches.
 */
public final class MinHasher {
  private final long[] multipliers;
  private final long[] offsets;

  /** A hasher with {@code numHashes} functions drawn deterministically from {@code seed}. */
  public MinHasher(int numHashes, long seed) {
    if (numHashes < 1) {
      throw new IllegalArgumentException("numHashes must be positive");
    }
    multipliers = new long[numHashes];
    offsets = new long[numHashes];
    long state = seed;
    for (int i = 0; i < numHashes; i++) {
      state += 0x9e3779b97f4a7c15L;
      multipliers[i] = mix(state) | 1L; // odd, so multiplication is a bijection on 64-bit values
      state += 0x9e3779b97f4a7c15L;
      offsets[i] = mix(state);
    }
  }

  /** Number of hash functions, the signature length. */
  public int numHashes() {
    return multipliers.length;
  }

  /** The signature of a set of shingle hashes; all {@link Long#MAX_VALUE} for an empty set. */
  public long[] signature(long[] shingles) {
    long[] signature = new long[multipliers.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < signature.length; i++) {
        long h = mix(shingle * multipliers[i] + offsets[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** Fraction of positions where two signatures agree: an estimate of the sets' Jaccard. */
  public static double estimateJaccard(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths");
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** SplitMix64 finaliser: spreads the bits of a value. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
