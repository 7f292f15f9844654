package dev.parallax.cluster;

import dev.parallax.model.AnalyzedArticle;
import java.util.List;
import java.util.Map;

/**
 * Groups articles into stories as they arrive. Each article joins the best existing story or starts
 * a new one; a story id never changes once given. Not thread-safe.
 */
public final class StoryClusterer {
  // STUB: replaced by the cluster implementation.

  /** Adds one article and returns the id of the story it joined or started. */
  public String add(AnalyzedArticle article) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Feeds {@code articles} in publication order (undated last, ties by source) and returns {@link #stories()}. */
  public Map<String, List<String>> cluster(List<AnalyzedArticle> articles) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Story id to its article ids, stories in creation order, articles in arrival order. */
  public Map<String, List<String>> stories() {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
