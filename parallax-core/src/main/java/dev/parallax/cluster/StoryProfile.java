package dev.parallax.cluster;

import dev.parallax.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
  private Map<String, Double> titleSums = new HashMap<>();
  private Map<String, Double> leadSums = new HashMap<>();
  private Map<EntityType, Map<String, Double>> typedSums = new EnumMap<>(EntityType.class);
  private Map<String, Double> numberCounts = new HashMap<>();
  private java.util.TreeMap<LocalDate, Integer> dayCounts = new java.util.TreeMap<>();
  private final NormCache titleNorms = new NormCache();
  private final NormCache leadNorms = new NormCache();
  private final Map<EntityType, NormCache> typedNorms = new EnumMap<>(EntityType.class);
  private final List<String> articleIds = new ArrayList<>();
  private final NormCache termNorms = new NormCache();
  private final NormCache entityNorms = new NormCache();
  private LocalDate firstDate;
  private LocalDate lastDate;

  StoryProfile(String id, int order) {
    this.id = id;
    this.order = order;
  }

  private double joinScoreSum;
  private int joins;

  void recordJoin(double score) {
    joinScoreSum += score;
    joins++;
  }

  double joinScoreSum() {
    return joinScoreSum;
  }

  int joins() {
    return joins;
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

  Map<String, Double> titleSums() {
    return titleSums;
  }

  Map<String, Double> leadSums() {
    return leadSums;
  }

  Map<String, Double> typedSums(EntityType type) {
    return typedSums.getOrDefault(type, Map.of());
  }

  /** Number key to how many of the story's articles mention it. */
  Map<String, Double> numberCounts() {
    return numberCounts;
  }

  /** Mentioned day to how many of the story's articles mention it. */
  java.util.NavigableMap<LocalDate, Integer> dayCounts() {
    return dayCounts;
  }

  NormCache titleNorms() {
    return titleNorms;
  }

  NormCache leadNorms() {
    return leadNorms;
  }

  NormCache typedNorms(EntityType type) {
    return typedNorms.computeIfAbsent(type, t -> new NormCache());
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
    features.titleTerms().forEach((t, w) -> titleSums.merge(t, w, Double::sum));
    features.leadTerms().forEach((t, w) -> leadSums.merge(t, w, Double::sum));
    features.typedNames().forEach((type, names) -> {
      Map<String, Double> sums = typedSums.computeIfAbsent(type, k -> new HashMap<>());
      names.forEach((e, w) -> sums.merge(e, w, Double::sum));
      trim(sums, maxKeys, entityIdf);
    });
    features.numbers().forEach(n -> numberCounts.merge(n, 1.0, Double::sum));
    features.eventDates().forEach(d -> dayCounts.merge(d, 1, Integer::sum));
    features.date().ifPresent(d -> {
      firstDate = firstDate == null || d.isBefore(firstDate) ? d : firstDate;
      lastDate = lastDate == null || d.isAfter(lastDate) ? d : lastDate;
    });
    trim(termSums, maxKeys, termIdf);
    trim(entitySums, maxKeys, entityIdf);
    trim(titleSums, maxKeys, termIdf);
    trim(leadSums, maxKeys, termIdf);
    trim(numberCounts, maxKeys, key -> 1);
    while (dayCounts.size() > maxKeys) {
      LocalDate rarest = dayCounts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
      dayCounts.remove(rarest);
    }
    clearNorms();
  }

  private void clearNorms() {
    termNorms.clear();
    entityNorms.clear();
    titleNorms.clear();
    leadNorms.clear();
    typedNorms.values().forEach(NormCache::clear);
  }

  /**
   * Drops the story's vectors once it has left the candidate index for good: it keeps its id, dates
   * and articles, and memory stays bounded by the stories still open to new articles.
   */
  void retire() {
    termSums = new HashMap<>();
    entitySums = new HashMap<>();
    titleSums = new HashMap<>();
    leadSums = new HashMap<>();
    typedSums = new EnumMap<>(EntityType.class);
    numberCounts = new HashMap<>();
    dayCounts = new java.util.TreeMap<>();
    clearNorms();
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
