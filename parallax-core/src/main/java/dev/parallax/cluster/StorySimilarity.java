package dev.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

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
  record Score(double lexical, double entity, double time, double total) {}

  Score score(ArticleFeatures article, StoryProfile story) {
    double lexical = weightedCosine(article.terms(), story.termSums(), termFrequencies);
    boolean entitiesKnown = !article.entities().isEmpty() && !story.entitySums().isEmpty();
    double entity = entitiesKnown ? weightedCosine(article.entities(), story.entitySums(), entityFrequencies) : 0;
    double content = entitiesKnown
        ? (config.lexicalWeight() * lexical + config.entityWeight() * entity)
            / (config.lexicalWeight() + config.entityWeight())
        : lexical;
    double time = timeFactor(article.date(), story);
    return new Score(lexical, entity, time, content * time);
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

  /** Cosine of two vectors after multiplying each component by its IDF. */
  private static double weightedCosine(Map<String, Double> a, Map<String, Double> b, DocumentFrequencies df) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double other = large.get(e.getKey());
      if (other != null) {
        double idf = df.idf(e.getKey());
        dot += e.getValue() * other * idf * idf;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return Math.min(1, dot / (weightedNorm(a, df) * weightedNorm(b, df)));
  }

  private static double weightedNorm(Map<String, Double> v, DocumentFrequencies df) {
    double squares = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double w = e.getValue() * df.idf(e.getKey());
      squares += w * w;
    }
    return Math.sqrt(squares);
  }
}
