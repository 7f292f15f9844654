package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The running summary of one story: sums of its articles' term and entity vectors (the centroid up
 * to a factor, which cosine ignores), the span of its known dates, and its article ids. Centroids
 * are trimmed to their heaviest terms so memory stays bounded however large a story grows.
 */
final class StoryProfile {
  private final String id;
  private final int order;
  private Map<String, Double> termSums = new HashMap<>();
  private Map<String, Double> entitySums = new HashMap<>();
  private final List<String> articleIds = new ArrayList<>();
  private final NormCache termNorms = new NormCache();
  private final NormCache entityNorms = new NormCache();
  private LocalDate firstDate;
  private LocalDate lastDate;

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
  }

  Optional<LocalDate> firstDate() {
    return Optional.ofNullable(firstDate);
  }

  Optional<LocalDate> lastDate() {
    return Optional.ofNullable(lastDate);
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
    features.date().ifPresent(d -> {
      firstDate = firstDate == null || d.isBefore(firstDate) ? d : firstDate;
      lastDate = lastDate == null || d.isAfter(lastDate) ? d : lastDate;
    });
    trim(termSums, maxKeys, termIdf);
    trim(entitySums, maxKeys, entityIdf);
    termNorms.clear();
    entityNorms.clear();
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
