package dev.parallax.nlp;

import dev.parallax.model.AnalyzedArticle;
import java.util.List;

/** Merges entity mentions across the articles of one story into canonical entities. */
public final class EntityResolver {
  // STUB: replaced by the nlp implementation.
  public EntityResolution resolve(List<AnalyzedArticle> articles) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
