package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The running summary of one story: sums of its articles' term and entity vectors (the centroid up
 * to a factor, which cosine ignores), the span of its known dates, and its article ids. Centroids
 * are trimmed to their heaviest terms so memory stays bounded however large a story grows.
 */
final class StoryProfile {
  /** A sum at or under this is what is left of a removed article's weight by rounding: the key is gone. */
  private static final double EMPTY_WEIGHT = 1e-9;

  private final String id;
  private final int order;
  private Map<String, Double> termSums = new HashMap<>();
  private Map<String, Double> entitySums = new HashMap<>();
  private final List<String> articleIds = new ArrayList<>();
  private final NormCache termNorms = new NormCache();
  private final NormCache entityNorms = new NormCache();
  /** The known dates of its articles, with how many articles have each (so removing one is exact). */
  private final TreeMap<LocalDate, Integer> dates = new TreeMap<>();
  /** The years undated articles' text points to ({@link ArticleFeatures#era}), with their counts. */
  private final TreeMap<Integer, Integer> eras = new TreeMap<>();

  TreeMap<Integer, Integer> eras() {
    return eras;
  }

  StoryProfile(String id, int order) {
    this.id = id;
    this.order = order;
  }

  String id() {
    return id;
  }

  /** Creation position, for deterministic tie-breaking. */
  int order() {
    return order;
  }

  Map<String, Double> termSums() {
    return termSums;
  }

  Map<String, Double> entitySums() {
    return entitySums;
  }

  List<String> articleIds() {
    return articleIds;
  }

  NormCache termNorms() {
    return termNorms;
  }

  NormCache entityNorms() {
    return entityNorms;
  }

  /**
   * The IDF-weighted norm of a story vector, kept between uses: it changes when the story changes
   * (the cache is cleared) and, slowly, as document frequencies change; it is recomputed once the
   * document count has grown by a tenth since it was computed. Recomputing it for every candidate
   * of every article was the clusterer's main cost.
   */
  static final class NormCache {
    private double norm = -1;
    private int computedAt;

    double get(int documents, java.util.function.DoubleSupplier compute) {
      if (norm < 0 || documents > computedAt + computedAt / 10) {
        norm = compute.getAsDouble();
        computedAt = documents;
      }
      return norm;
    }

    void clear() {
      norm = -1;
    }

    double value() {
      return norm;
    }

    int computedAt() {
      return computedAt;
    }

    void restore(double value, int at) {
      norm = value;
      computedAt = at;
    }
  }

  Optional<LocalDate> firstDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.firstKey());
  }

  Optional<LocalDate> lastDate() {
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.lastKey());
  }

  boolean isEmpty() {
    return articleIds.isEmpty();
  }

  /**
   * Adds an article, then keeps only the {@code maxKeys} heaviest terms and entities, weighed by
   * the given corpus weights.
   */
  void add(String articleId, ArticleFeatures features, int maxKeys,
      ToDoubleFunction<String> termIdf, ToDoubleFunction<String> entityIdf) {
    articleIds.add(articleId);
    features.terms().forEach((t, w) -> termSums.merge(t, w, Double::sum));
    features.entities().forEach((e, w) -> entitySums.merge(e, w, Double::sum));
    features.date().ifPresent(d -> dates.merge(d, 1, Integer::sum));
    features.era().ifPresent(y -> eras.merge(y, 1, Integer::sum));
    trim(termSums, maxKeys, termIdf);
    trim(entitySums, maxKeys, entityIdf);
    termNorms.clear();
    entityNorms.clear();
  }

  /**
   * Takes out an article added earlier with these features: its weights are subtracted from the sums
   * (a term trimmed away meanwhile stays away) and its date from the span.
   */
  void remove(String articleId, ArticleFeatures features) {
    if (!articleIds.remove(articleId)) {
      throw new IllegalArgumentException(articleId + " is not in " + id);
    }
    subtract(termSums, features.terms());
    subtract(entitySums, features.entities());
    features.date().ifPresent(d -> dates.computeIfPresent(d, (day, n) -> n == 1 ? null : n - 1));
    features.era().ifPresent(y -> eras.computeIfPresent(y, (year, n) -> n == 1 ? null : n - 1));
    termNorms.clear();
    entityNorms.clear();
  }

  /** This story as it would be without one of its articles: a scratch copy for scoring, not stored. */
  StoryProfile without(String articleId, ArticleFeatures features) {
    StoryProfile copy = new StoryProfile(id, order);
    copy.termSums = new HashMap<>(termSums);
    copy.entitySums = new HashMap<>(entitySums);
    copy.articleIds.addAll(articleIds);
    copy.dates.putAll(dates);
    copy.eras.putAll(eras);
    copy.remove(articleId, features);
    return copy;
  }

  private static void subtract(Map<String, Double> sums, Map<String, Double> weights) {
    weights.forEach((key, w) -> sums.computeIfPresent(key, (k, sum) -> sum - w > EMPTY_WEIGHT ? sum - w : null));
  }

  /**
   * Keeps only the {@code maxKeys} heaviest terms and entities: a story out of reach of new articles
   * is still compared with them to find later phases, for which its main words and names suffice.
   */
  void shrink(int maxKeys, ToDoubleFunction<String> termIdf, ToDoubleFunction<String> entityIdf) {
    trim(termSums, maxKeys, termIdf);
    trim(entitySums, maxKeys, entityIdf);
    termNorms.clear();
    entityNorms.clear();
  }

  /**
   * Drops the story's vectors once it has left the archive of earlier phases: it keeps its id, dates
   * and articles, and memory stays bounded by the stories of recent months.
   */
  void retire() {
    termSums = new HashMap<>();
    entitySums = new HashMap<>();
    termNorms.clear();
    entityNorms.clear();
  }

  /** This story as saved data, with the retrieval keys the clusterer indexes it under (null: not indexed). */
  ClustererState.Story state(List<String> indexKeys, List<String> archiveKeys) {
    Map<String, Integer> savedDates = new java.util.LinkedHashMap<>();
    dates.forEach((day, n) -> savedDates.put(day.toString(), n));
    return new ClustererState.Story(id, List.copyOf(articleIds), new HashMap<>(termSums), new HashMap<>(entitySums),
        savedDates, new TreeMap<>(eras), indexKeys, archiveKeys, termNorms.value(), termNorms.computedAt(),
        entityNorms.value(), entityNorms.computedAt());
  }

  /** A story rebuilt from {@link #state}, at creation position {@code order}. */
  static StoryProfile fromState(ClustererState.Story state, int order) {
    StoryProfile story = new StoryProfile(state.id(), order);
    story.articleIds.addAll(state.articles());
    story.termSums.putAll(state.terms());
    story.entitySums.putAll(state.entities());
    state.dates().forEach((day, n) -> {
      if (n < 1) {
        throw new IllegalArgumentException(state.id() + ": date " + day + " counted " + n + " times");
      }
      story.dates.put(LocalDate.parse(day), n);
    });
    state.eras().forEach((year, n) -> {
      if (n < 1) {
        throw new IllegalArgumentException(state.id() + ": era " + year + " counted " + n + " times");
      }
      story.eras.put(year, n);
    });
    story.termNorms.restore(state.termNorm(), state.termNormAt());
    story.entityNorms.restore(state.entityNorm(), state.entityNormAt());
    return story;
  }

  /** The {@code n} heaviest keys of {@code sums} by sum × idf, heaviest first, ties by key. */
  static List<String> top(Map<String, Double> sums, int n, ToDoubleFunction<String> idf) {
    List<Map.Entry<String, Double>> weighted = new ArrayList<>(sums.size());
    sums.forEach((key, sum) -> weighted.add(Map.entry(key, sum * idf.applyAsDouble(key))));
    weighted.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue())
        .thenComparing(Map.Entry::getKey));
    List<String> keys = new ArrayList<>(Math.min(n, weighted.size()));
    for (int i = 0; i < weighted.size() && i < n; i++) {
      keys.add(weighted.get(i).getKey());
    }
    return keys;
  }

  private static void trim(Map<String, Double> sums, int maxKeys, ToDoubleFunction<String> idf) {
    if (sums.size() > maxKeys) {
      sums.keySet().retainAll(new HashSet<>(top(sums, maxKeys, idf)));
    }
  }
}
