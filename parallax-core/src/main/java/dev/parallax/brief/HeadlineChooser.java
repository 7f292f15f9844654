package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.text.Words;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the story's headline among its articles' titles: the title whose words are most shared
 * across the independent articles (the most representative), never an opinion piece's when a
 * reporting one exists, and never an undated or much older article's when a current dated one
 * exists: such an article may report an earlier phase of the story.
 */
final class HeadlineChooser {
  private HeadlineChooser() {}

  /** The index in {@code articles.independent()} of the article whose title heads the briefing. */
  static int choose(StoryArticles articles) {
    List<AnalyzedArticle> independent = articles.independent();
    Set<Integer> opinion = articles.opinion();
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedArticle a : independent) {
      new HashSet<>(Words.contentStems(a.article().title() + " " + a.article().body()))
          .forEach(stem -> df.merge(stem, 1, Integer::sum));
    }
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < independent.size(); i++) {
      String title = independent.get(i).article().title();
      Set<String> stems = new HashSet<>(Words.contentStems(title));
      double score = 0;
      for (String stem : stems) {
        score += df.getOrDefault(stem, 0);
      }
      score = stems.isEmpty() ? 0 : score / Math.sqrt(stems.size());
      if (opinion.contains(i) || OpinionSignals.isOpinion(title)) {
        score -= 1000; // a reporting title always wins over an opinion one
      }
      if (articles.earlierPhase(independent.get(i))) {
        score -= 500; // a current dated report wins over an undated or earlier-phase one
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }
}
