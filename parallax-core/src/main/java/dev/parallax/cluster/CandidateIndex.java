package dev.parallax.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inverted index from retrieval keys (a story's top terms and entity keys) to the stories that
 * carry them, so an article is scored only against stories that share something with it. A story's
 * keys are replaced whenever the story changes.
 */
final class CandidateIndex {
  private static final String ENTITY_PREFIX = "e:";

  private final Map<String, NavigableSet<Integer>> postings = new HashMap<>();
  private final Map<Integer, Set<String>> keysOfStory = new HashMap<>();

  /** Replaces the keys of story {@code storyOrder} with {@code keys}. */
  void put(int storyOrder, Collection<String> keys) {
    Set<String> fresh = new TreeSet<>(keys);
    Set<String> old = keysOfStory.getOrDefault(storyOrder, Set.of());
    for (String key : old) {
      if (!fresh.contains(key)) {
        NavigableSet<Integer> stories = postings.get(key);
        stories.remove(storyOrder);
        if (stories.isEmpty()) {
          postings.remove(key);
        }
      }
    }
    for (String key : fresh) {
      if (!old.contains(key)) {
        postings.computeIfAbsent(key, k -> new TreeSet<>()).add(storyOrder);
      }
    }
    keysOfStory.put(storyOrder, fresh);
  }

  /** Whether story {@code storyOrder} is in the index. */
  boolean contains(int storyOrder) {
    return keysOfStory.containsKey(storyOrder);
  }

  /** The keys story {@code storyOrder} is indexed under, sorted; null when it is not in the index. */
  List<String> keysOf(int storyOrder) {
    Set<String> keys = keysOfStory.get(storyOrder);
    return keys == null ? null : List.copyOf(keys);
  }

  /** Removes story {@code storyOrder} from the index: it is no longer a candidate. */
  void remove(int storyOrder) {
    put(storyOrder, List.of());
    keysOfStory.remove(storyOrder);
  }

  /**
   * The at most {@code limit} stories sharing the most of {@code keys} (ties: the newer story, as
   * an arriving article more likely continues a recent story), returned by creation order,
   * ascending. Scoring only these keeps an assignment's cost bounded however many stories share
   * one common key.
   */
  List<Integer> bestCandidates(List<String> keys, int limit) {
    return bestCandidates(keys, limit, Integer.MAX_VALUE);
  }

  /**
   * As {@link #bestCandidates(List, int)}, counting for each key only the {@code perKey} newest
   * stories that carry it: an index holding many months of stories would otherwise walk postings of
   * thousands of stories for one common name.
   */
  List<Integer> bestCandidates(List<String> keys, int limit, int perKey) {
    Map<Integer, Integer> hits = new HashMap<>();
    for (String key : keys) {
      NavigableSet<Integer> stories = postings.get(key);
      if (stories == null) {
        continue;
      }
      int counted = 0;
      for (Iterator<Integer> newest = stories.descendingIterator(); newest.hasNext() && counted < perKey;
          counted++) {
        hits.merge(newest.next(), 1, Integer::sum);
      }
    }
    // most shared keys first, the newest story first among equals: stories are bucketed by their
    // count (at most one per key) and only the buckets that fill the limit are sorted
    List<List<Integer>> byCount = new java.util.ArrayList<>();
    for (Map.Entry<Integer, Integer> hit : hits.entrySet()) {
      while (byCount.size() <= hit.getValue()) {
        byCount.add(new java.util.ArrayList<>());
      }
      byCount.get(hit.getValue()).add(hit.getKey());
    }
    List<Integer> best = new java.util.ArrayList<>();
    for (int count = byCount.size() - 1; count > 0 && best.size() < limit; count--) {
      List<Integer> bucket = byCount.get(count);
      bucket.sort(java.util.Comparator.reverseOrder());
      best.addAll(bucket.subList(0, Math.min(bucket.size(), limit - best.size())));
    }
    best.sort(null);
    return best;
  }

  static String termKey(String term) {
    return "t:" + term;
  }

  static String entityKey(String entity) {
    return ENTITY_PREFIX + entity;
  }

  /** Whether {@code key} was made by {@link #entityKey}. */
  static boolean isEntityKey(String key) {
    return key.startsWith(ENTITY_PREFIX);
  }
}
