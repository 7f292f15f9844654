package dev.parallax.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of keys over the documents seen so far, updated one document at a time, and
 * the smoothed inverse document frequency derived from them.
 */
final class DocumentFrequencies {
  private final Map<String, Integer> frequencies = new HashMap<>();
  private int documents;

  /** Counts one more document containing each of {@code distinctKeys}. */
  void add(Collection<String> distinctKeys) {
    documents++;
    for (String key : distinctKeys) {
      frequencies.merge(key, 1, Integer::sum);
    }
  }

  /**
   * {@code ln((N + 1) / (df + 1)) + 1}: the "+1"s keep every weight positive, so while only a few
   * documents are known (where plain {@code ln(N/df)} would zero out every shared word and make
   * all early articles look alike or unrelated) similarity still rests on the words themselves.
   */
  double idf(String key) {
    return Math.log((documents + 1.0) / (frequencies.getOrDefault(key, 0) + 1.0)) + 1.0;
  }

  /** In how many documents {@code key} occurred. */
  int frequency(String key) {
    return frequencies.getOrDefault(key, 0);
  }

  int documents() {
    return documents;
  }

  ClustererState.Frequencies state() {
    return new ClustererState.Frequencies(documents, new HashMap<>(frequencies));
  }

  /** Replaces the counts with saved ones. */
  void restore(ClustererState.Frequencies state) {
    if (state.documents() < 0) {
      throw new IllegalArgumentException("negative document count " + state.documents());
    }
    documents = state.documents();
    frequencies.clear();
    frequencies.putAll(state.counts());
  }
}
