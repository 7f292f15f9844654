package dev.parallax.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Proposes candidate copies by containment, which MinHash banding misses: a short wire brief
 * reprinted whole inside a long story shares most of its own shingles but few of the story's, so
 * the pair's Jaccard is low (0.07 to 0.22 for such pairs in the DUC newswire) and LSH tuned
 * for Jaccard rarely proposes it. The index keeps the same fixed sample of every body's shingles
 * (those whose mixed hash falls in one {@code sampleRate}-th of the range: a shingle two bodies
 * share is sampled in both, as in Broder's mod-p sampling) and proposes the earlier bodies that
 * share enough sampled shingles for the smaller one to be contained at the threshold. Candidates are
 * verified on the exact shingle sets by the caller. Not thread-safe.
 */
final class ContainmentIndex {
  /**
   * Shingles in more than this many bodies are neither indexed further nor looked up: page furniture
   * or a wire text reprinted that often, whose copies share enough other shingles for LSH to find.
   */
  private static final int MAX_POSTINGS = 1000;
  /** Sampled counts are noisy: propose pairs sharing half the sampled shingles the threshold needs. */
  private static final double SLACK = 0.5;
  private static final int MIN_SHARED = 2;

  private final int sampleRate;
  private final double containmentThreshold;
  private final Map<Long, List<String>> postings = new HashMap<>();
  private final Map<String, Integer> sampleSizes = new HashMap<>();

  /**
   * @param sampleRate           one shingle in this many (on average) is indexed; a power of two
   * @param containmentThreshold the containment a copy needs, in (0,1]
   */
  ContainmentIndex(int sampleRate, double containmentThreshold) {
    if (sampleRate < 1 || Integer.bitCount(sampleRate) != 1) {
      throw new IllegalArgumentException("sample rate must be a power of two: " + sampleRate);
    }
    this.sampleRate = sampleRate;
    this.containmentThreshold = containmentThreshold;
  }

  /** The earlier ids that may contain {@code shingles} or be contained in them (sorted), then indexes it. */
  List<String> addAndQuery(String id, long[] shingles) {
    List<Long> sample = sample(shingles);
    Map<String, Integer> shared = new HashMap<>();
    for (long shingle : sample) {
      List<String> ids = postings.get(shingle);
      if (ids != null && ids.size() <= MAX_POSTINGS) {
        for (String other : ids) {
          shared.merge(other, 1, Integer::sum);
        }
      }
    }
    TreeSet<String> found = new TreeSet<>();
    shared.forEach((other, count) -> {
      double needed = SLACK * containmentThreshold * Math.min(sample.size(), sampleSizes.get(other));
      if (count >= Math.max(MIN_SHARED, needed)) {
        found.add(other);
      }
    });
    for (long shingle : sample) {
      List<String> ids = postings.computeIfAbsent(shingle, k -> new ArrayList<>());
      if (ids.size() <= MAX_POSTINGS) {
        ids.add(id);
      }
    }
    sampleSizes.put(id, sample.size());
    return List.copyOf(found);
  }

  private List<Long> sample(long[] shingles) {
    List<Long> out = new ArrayList<>(shingles.length / sampleRate + 1);
    for (long shingle : shingles) {
      if ((MinHasher.mix(shingle) & (sampleRate - 1)) == 0) {
        out.add(shingle);
      }
    }
    return out;
  }
}
