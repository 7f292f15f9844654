package dev.parallax.cluster;

import dev.parallax.model.EntityType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How well an article fits a story, in [0,1], from three signals:
 *
 * <ol>
 *   <li><b>lexical</b>: cosine of the article's TF-IDF vector with the story centroid, over stemmed
 *       content words (title words counted extra), IDF from the documents seen so far;
 *   <li><b>entity</b>: cosine of IDF-weighted normalised entity keys: shared names are the strongest
 *       sign of the same event, and rare names count more than ubiquitous ones;
 *   <li><b>time</b>: a factor that is 1 within the grace period of the story's known dates (or when
 *       either side is undated: an undated article about an earlier phase must still find its
 *       story) and halves every half-life beyond it, so a later event with the same people and
 *       vocabulary (a second summit months after the first) starts its own story.
 * </ol>
 *
 * <p>The score is {@code (lexicalWeight * lexical + entityWeight * entity) / (sum of weights used)
 * * time}; the entity term is left out when either side has no entities. Not thread-safe: the
 * document frequencies it reads change as articles arrive.
 */
final class StorySimilarity {
  private final ClusteringConfig config;
  private final DocumentFrequencies termFrequencies;
  private final DocumentFrequencies entityFrequencies;

  StorySimilarity(ClusteringConfig config, DocumentFrequencies termFrequencies,
      DocumentFrequencies entityFrequencies) {
    this.config = config;
    this.termFrequencies = termFrequencies;
    this.entityFrequencies = entityFrequencies;
  }

  /** The parts and the total of a score. */
  record Score(double lexical, double entity, SameEventFeatures features, double time, double total) {}

  /**
   * An article prepared for scoring against many stories: its IDF-weighted vectors and their norms,
   * computed once. The maps hold each key's weight times its IDF squared (the article's TF-IDF
   * weight times the IDF the story side needs), so a dot product is one lookup per key; the norms
   * are those of the TF-IDF vectors.
   */
  record Query(ArticleFeatures article, Weighted terms, Weighted entities, Weighted title, Weighted lead,
      Map<EntityType, Weighted> typed) {}

  /** A vector's weights times IDF squared, and the norm of its TF-IDF vector. */
  record Weighted(Map<String, Double> weights, double norm) {}

  /** Prepares {@code article} for {@link #score(Query, StoryProfile)} under the current IDF. */
  Query query(ArticleFeatures article) {
    Map<EntityType, Weighted> typed = new EnumMap<>(EntityType.class);
    article.typedNames().forEach((type, names) -> typed.put(type, prepare(names, entityFrequencies)));
    return new Query(article, prepare(article.terms(), termFrequencies), prepare(article.entities(), entityFrequencies),
        prepare(article.titleTerms(), termFrequencies), prepare(article.leadTerms(), termFrequencies), typed);
  }

  private static Weighted prepare(Map<String, Double> vector, DocumentFrequencies df) {
    Map<String, Double> tfidf = weighted(vector, df);
    return new Weighted(weighted(tfidf, df), norm(tfidf));
  }

  /** The score of one article against one story. */
  Score score(ArticleFeatures article, StoryProfile story) {
    return score(query(article), story);
  }

  /** The score of a prepared article against one story. */
  Score score(Query query, StoryProfile story) {
    ArticleFeatures article = query.article();
    double lexical = cosine(query.terms(), story.termSums(), story.termNorms(), termFrequencies);
    boolean entitiesKnown = !article.entities().isEmpty() && !story.entitySums().isEmpty();
    double entity = entitiesKnown ? cosine(query.entities(), story.entitySums(), story.entityNorms(), entityFrequencies) : 0;
    SameEventFeatures features = new SameEventFeatures(lexical,
        cosine(query.title(), story.titleSums(), story.titleNorms(), termFrequencies),
        cosine(query.lead(), story.leadSums(), story.leadNorms(), termFrequencies),
        typedCosine(query, story, EntityType.PERSON), typedCosine(query, story, EntityType.ORGANISATION),
        typedCosine(query, story, EntityType.PLACE), rareName(article, story),
        sharedShare(article.numbers(), story.numberCounts()), sharedShare(article.eventDates(), story.dayCounts().keySet()));
    double content;
    if (MODEL != null) {
      content = MODEL.probability(features);
    } else {
      content = entitiesKnown
          ? (config.lexicalWeight() * lexical + config.entityWeight() * entity)
              / (config.lexicalWeight() + config.entityWeight())
          : lexical;
      double[] bonus = BONUS;
      double[] x = features.vector();
      double mixed = content;
      double total = 1;
      for (int i = 0; i < x.length; i++) {
        mixed += bonus[i] * x[i];
        total += bonus[i];
      }
      content = mixed / total;
    }
    double[] anchor = ANCHOR;
    if (anchor[0] > 0 && story.articleIds().size() >= anchor[1] && !article.entities().isEmpty()) {
      boolean shares = false;
      for (String name : StoryProfile.top(story.entitySums(), (int) anchor[0], entityFrequencies::idf)) {
        if (article.entities().containsKey(name)) {
          shares = true;
          break;
        }
      }
      if (!shares) {
        content *= anchor[2];
      }
    }
    double time = timeFactor(article.date(), story) * eventTimeFactor(article, story);
    return new Score(lexical, entity, features, time, content * time);
  }

  /** Experiment hook (null: the old linear mix). */
  static volatile SameEventModel MODEL = SameEventModel.fromProperty();

  private double typedCosine(Query query, StoryProfile story, EntityType type) {
    Weighted names = query.typed().get(type);
    Map<String, Double> sums = story.typedSums(type);
    return names == null || sums.isEmpty() ? 0 : cosine(names, sums, story.typedNorms(type), entityFrequencies);
  }

  /** The IDF of the rarest name the article dwells on that the story names, over the largest IDF. */
  private double rareName(ArticleFeatures article, StoryProfile story) {
    double best = 0;
    for (String name : article.oftenNames()) {
      if (story.entitySums().containsKey(name)) {
        best = Math.max(best, entityFrequencies.idf(name));
      }
    }
    return best / (Math.log(entityFrequencies.documents() + 1.0) + 1.0);
  }

  /** The share of {@code keys} that {@code storyCounts} holds; 0 when there are none. */
  private static <K> double sharedShare(Set<K> keys, Map<K, Double> storyCounts) {
    return sharedShare(keys, storyCounts.keySet());
  }

  private static <K> double sharedShare(Set<K> keys, Set<K> storyKeys) {
    if (keys.isEmpty() || storyKeys.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (K key : keys) {
      if (storyKeys.contains(key)) {
        shared++;
      }
    }
    return (double) shared / keys.size();
  }

  /**
   * Whether the date gap alone keeps {@code article} out of {@code story}: its time factor is below
   * the join threshold, so no content score (at most 1) could reach it. Lets the clusterer skip
   * stories long past without scoring them.
   */
  boolean outOfTime(ArticleFeatures article, StoryProfile story) {
    return timeFactor(article.date(), story) < config.joinThreshold();
  }

  /** Experiment: anchor names (top k, min story size, factor when none shared); k 0 off. */
  static volatile double[] ANCHOR = {0, 1, 1};

  /** Experiment: additive bonus weights for eventDates, numbers, people, rareName. */
  static volatile double[] BONUS = new double[9];

  /** Experiment: grace and half-life of the mentioned-day gap (grace < 0: off). */
  static volatile double[] EVENT_TIME = parseEventTime();

  private static double[] parseEventTime() {
    String spec = System.getProperty("parallax.cluster.eventTime");
    if (spec == null || spec.isBlank()) {
      return new double[] {-1, 1};
    }
    String[] p = spec.split(",");
    return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])};
  }

  /**
   * 1 when the article or the story mentions no day, or when the closest pair of days they mention
   * is within the grace; then halving every half-life of further gap.
   */
  double eventTimeFactor(ArticleFeatures article, StoryProfile story) {
    double[] params = EVENT_TIME;
    java.util.NavigableMap<LocalDate, Integer> storyDays = story.dayCounts();
    if (params[0] < 0 || article.eventDates().isEmpty() || storyDays.isEmpty()) {
      return 1;
    }
    long closest = Long.MAX_VALUE;
    for (LocalDate day : article.eventDates()) {
      LocalDate floor = storyDays.floorKey(day);
      LocalDate ceiling = storyDays.ceilingKey(day);
      if (floor != null) {
        closest = Math.min(closest, ChronoUnit.DAYS.between(floor, day));
      }
      if (ceiling != null) {
        closest = Math.min(closest, ChronoUnit.DAYS.between(day, ceiling));
      }
    }
    double beyondGrace = Math.max(0, closest - params[0]);
    return Math.pow(0.5, beyondGrace / params[1]);
  }

  /** 1 within the grace period or when undated, then halving every half-life of further gap. */
  double timeFactor(Optional<LocalDate> date, StoryProfile story) {
    if (date.isEmpty() || story.firstDate().isEmpty()) {
      return 1;
    }
    LocalDate d = date.get();
    long gap = 0;
    if (d.isBefore(story.firstDate().get())) {
      gap = ChronoUnit.DAYS.between(d, story.firstDate().get());
    } else if (d.isAfter(story.lastDate().get())) {
      gap = ChronoUnit.DAYS.between(story.lastDate().get(), d);
    }
    double beyondGrace = Math.max(0, gap - config.timeGraceDays());
    return Math.pow(0.5, beyondGrace / config.timeHalfLifeDays());
  }

  /**
   * Cosine of an article (as in {@link Query}: weights times IDF squared) with a story's sums
   * weighted by IDF; the story norm is only looked up when the two share a key.
   */
  private static double cosine(Weighted article, Map<String, Double> storySums,
      StoryProfile.NormCache norms, DocumentFrequencies df) {
    double dot = 0;
    for (Map.Entry<String, Double> e : article.weights().entrySet()) {
      Double sum = storySums.get(e.getKey());
      if (sum != null) {
        dot += e.getValue() * sum;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return Math.min(1, dot / (article.norm() * norms.get(df.documents(), () -> weightedNorm(storySums, df))));
  }

  private static Map<String, Double> weighted(Map<String, Double> vector, DocumentFrequencies df) {
    Map<String, Double> out = new HashMap<>(vector.size() * 2);
    vector.forEach((key, w) -> out.put(key, w * df.idf(key)));
    return out;
  }

  private static double weightedNorm(Map<String, Double> vector, DocumentFrequencies df) {
    double squares = 0;
    for (Map.Entry<String, Double> e : vector.entrySet()) {
      double w = e.getValue() * df.idf(e.getKey());
      squares += w * w;
    }
    return Math.sqrt(squares);
  }

  private static double norm(Map<String, Double> vector) {
    double squares = 0;
    for (double w : vector.values()) {
      squares += w * w;
    }
    return Math.sqrt(squares);
  }
}
