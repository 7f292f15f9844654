package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles about one event.
 *
 * @param id       stable story id, never changed once given
 * @param articles its articles in arrival order
 * @param copies   copy links among its articles
 * @param earlierPhase the id of the story this one is a later phase of, when the clusterer found one
 */
public record Story(String id, List<AnalyzedArticle> articles, List<CopyLink> copies, Optional<String> earlierPhase) {
  public Story {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    copies = List.copyOf(copies);
    Objects.requireNonNull(earlierPhase, "earlierPhase");
  }

  /** A story with no known earlier phase. */
  public Story(String id, List<AnalyzedArticle> articles, List<CopyLink> copies) {
    this(id, articles, copies, Optional.empty());
  }

  /** The copy link of {@code articleId}, when that article is a copy. */
  public Optional<CopyLink> copyOf(String articleId) {
    return copies.stream().filter(c -> c.copyId().equals(articleId)).findFirst();
  }
}
