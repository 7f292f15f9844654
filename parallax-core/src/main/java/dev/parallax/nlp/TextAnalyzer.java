package dev.parallax.nlp;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;

/** Finds sentences, entity mentions and quotes in an article body. */
public final class TextAnalyzer {
  // STUB: replaced by the nlp implementation.
  public AnalyzedArticle analyze(Article article) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
