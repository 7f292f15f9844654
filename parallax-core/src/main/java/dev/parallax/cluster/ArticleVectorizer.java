package dev.parallax.cluster;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Mention;
import dev.parallax.model.PublicationDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an analysed article into {@link ArticleFeatures}: title-weighted content-word frequencies
 * and entity-key frequencies (each word of a multi-word name also counts half), both sublinear ({@code 1 + ln count}, so one repeated word does not
 * dominate) and of unit length (so long articles do not outweigh short ones in a centroid).
 * Not thread-safe.
 */
final class ArticleVectorizer {
  private static final double NAME_WORD_WEIGHT = 0.5;

  private final ContentWords contentWords = new ContentWords();
  private final double titleWeight;

  ArticleVectorizer(double titleWeight) {
    this.titleWeight = titleWeight;
  }

  ArticleFeatures vectorize(AnalyzedArticle analyzed) {
    Map<String, Double> counts = new HashMap<>();
    for (String word : contentWords.of(analyzed.article().body())) {
      counts.merge(word, 1.0, Double::sum);
    }
    for (String word : contentWords.of(analyzed.article().title())) {
      counts.merge(word, titleWeight, Double::sum);
    }
    return new ArticleFeatures(unitSublinear(counts), unitSublinear(entityCounts(analyzed.mentions())),
        analyzed.article().published().map(PublicationDate::date),
        analyzed.timeAnchor().filter(a -> a.inferred() && a.confidence() >= ERA_CONFIDENCE).map(a -> a.date().getYear()));
  }

  /**
   * How sure the date an undated article's text points to must be to give it an era: 0.3 is a month and year
   * named in the text, more a full date; a bare year (0.1) is too often background. On pooled real stories 0.3
   * gained more than 0.4 or 0.7 (fewer articles dated) and than 0.1.
   */
  static final double ERA_CONFIDENCE = 0.3;

  private static Map<String, Double> entityCounts(List<Mention> mentions) {
    Map<String, Double> counts = new HashMap<>();
    for (Mention mention : mentions) {
      String key = EntityKeys.normalise(mention.text());
      if (key.isEmpty()) {
        continue;
      }
      counts.merge(key, 1.0, Double::sum);
      String[] words = key.split(" ");
      if (words.length > 1) {
        // each word of a longer name counts half: "Petra Halloway" then meets "Halloway" and
        // "Mayor Halloway", the variants other outlets use
        for (String word : words) {
          if (word.length() > 1 && !ContentWords.STOPWORDS.contains(word)) {
            counts.merge(word, NAME_WORD_WEIGHT, Double::sum);
          }
        }
      }
    }
    return counts;
  }

  private static Map<String, Double> unitSublinear(Map<String, Double> counts) {
    Map<String, Double> weights = new HashMap<>();
    double squares = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double w = e.getValue() >= 1 ? 1 + Math.log(e.getValue()) : e.getValue();
      weights.put(e.getKey(), w);
      squares += w * w;
    }
    double norm = Math.sqrt(squares);
    if (norm > 0) {
      weights.replaceAll((k, w) -> w / norm);
    }
    return weights;
  }
}
