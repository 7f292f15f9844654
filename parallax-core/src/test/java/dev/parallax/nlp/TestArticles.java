package dev.parallax.nlp;

import dev.parallax.model.Article;
import java.util.List;
import java.util.Optional;

/** Builds fictional articles for the nlp tests. */
final class TestArticles {
  private TestArticles() {}

  static Article article(String id, String body) {
    return new Article(id, "test:" + id, Optional.empty(), "A test story", Optional.of("Velm Courier"),
        Optional.empty(), List.of(), body);
  }

  static Article article(String body) {
    return article("a1", body);
  }
}
