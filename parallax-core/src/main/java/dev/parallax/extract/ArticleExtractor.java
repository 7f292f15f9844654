package dev.parallax.extract;

import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;

/** Extracts the article from a raw document: clean body text and metadata. Thread-safe. */
public final class ArticleExtractor {
  // STUB: replaced by the extract implementation.
  public Article extract(RawDocument document) throws ExtractionException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
