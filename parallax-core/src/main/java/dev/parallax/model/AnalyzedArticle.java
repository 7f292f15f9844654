package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with what the language analysis found in it.
 *
 * @param times      time expressions in text order, normalised against {@code timeAnchor}
 * @param numbers    numbers with units and what they count, in text order (none inside a time
 *                   expression)
 * @param timeAnchor what {@code times} were resolved against; empty when the article has no
 *                   publication date and none could be inferred
 */
public record AnalyzedArticle(
    Article article,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<Quote> quotes,
    List<TimeMention> times,
    List<NumberMention> numbers,
    Optional<TimeAnchor> timeAnchor) {

  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    numbers = List.copyOf(numbers);
    timeAnchor = timeAnchor == null ? Optional.empty() : timeAnchor;
  }

  /** An article analysed without its time expressions and numbers. */
  public AnalyzedArticle(Article article, List<Sentence> sentences, List<Mention> mentions, List<Quote> quotes) {
    this(article, sentences, mentions, quotes, List.of(), List.of(), Optional.empty());
  }

  public String id() {
    return article.id();
  }
}
