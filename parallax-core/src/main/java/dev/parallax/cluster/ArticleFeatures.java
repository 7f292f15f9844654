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
 * @param era      for an undated article, the year its text dates it to ({@code TimeAnchor} inferred from the
 *                 dates it names), when that is clear enough; always empty for a dated article
 */
record ArticleFeatures(Map<String, Double> terms, Map<String, Double> entities, Optional<LocalDate> date,
    Optional<Integer> era) {
  ArticleFeatures {
    terms = Map.copyOf(terms);
    entities = Map.copyOf(entities);
    era = date.isPresent() ? Optional.empty() : era;
  }

  ArticleFeatures(Map<String, Double> terms, Map<String, Double> entities, Optional<LocalDate> date) {
    this(terms, entities, date, Optional.empty());
  }

  ClustererState.OpenArticle state(String id) {
    return new ClustererState.OpenArticle(id, terms, entities, date.map(LocalDate::toString).orElse(null),
        era.orElse(null));
  }

  static ArticleFeatures fromState(ClustererState.OpenArticle state) {
    return new ArticleFeatures(state.terms(), state.entities(),
        Optional.ofNullable(state.date()).map(LocalDate::parse), Optional.ofNullable(state.era()));
  }
}
