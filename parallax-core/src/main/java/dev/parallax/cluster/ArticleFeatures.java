package dev.parallax.cluster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What clustering compares of one article, before corpus weighting.
 *
 * @param terms    stemmed content word to sublinear term frequency, scaled to unit length
 * @param entities normalised entity key to sublinear mention count, scaled to unit length
 * @param date     the publication date, when known
 */
record ArticleFeatures(Map<String, Double> terms, Map<String, Double> entities, Optional<LocalDate> date) {
  ArticleFeatures {
    terms = Map.copyOf(terms);
    entities = Map.copyOf(entities);
  }

  ClustererState.OpenArticle state(String id) {
    return new ClustererState.OpenArticle(id, terms, entities, date.map(LocalDate::toString).orElse(null));
  }

  static ArticleFeatures fromState(ClustererState.OpenArticle state) {
    return new ArticleFeatures(state.terms(), state.entities(),
        Optional.ofNullable(state.date()).map(LocalDate::parse));
  }
}
