package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/** An article with what the language analysis found in it. */
public record AnalyzedArticle(
    Article article, List<Sentence> sentences, List<Mention> mentions, List<Quote> quotes) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }

  public String id() {
    return article.id();
  }
}
