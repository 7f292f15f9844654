package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Story;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A story's articles as the briefing reads them.
 *
 * @param ordered     every article by publication date (undated last), then source
 * @param independent the ordered articles that are no copy of another
 * @param opinion     positions in {@code independent} of the articles that read as opinion
 * @param latest      the latest publication date among the articles, when any is dated
 */
record StoryArticles(
    List<AnalyzedArticle> ordered, List<AnalyzedArticle> independent, Set<Integer> opinion, Optional<LocalDate> latest) {
  /** Articles older than this before the story's latest one are taken as an earlier phase. */
  static final int EARLIER_PHASE_DAYS = 30;

  /**
   * Whether {@code article} may report an earlier phase of the story: the story has dated
   * articles, and this one is undated or more than {@value #EARLIER_PHASE_DAYS} days older than
   * the latest.
   */
  /** The articles as given, {@code latest} derived from them. */
  StoryArticles(List<AnalyzedArticle> ordered, List<AnalyzedArticle> independent, Set<Integer> opinion) {
    this(ordered, independent, opinion, ordered.stream()
        .flatMap(a -> a.article().published().map(PublicationDate::date).stream())
        .max(LocalDate::compareTo));
  }

  boolean earlierPhase(AnalyzedArticle article) {
    return latest.isPresent() && article.article().published()
        .map(p -> p.date().isBefore(latest.get().minusDays(EARLIER_PHASE_DAYS)))
        .orElse(true);
  }

  /** The ids of the independent articles that read as opinion. */
  Set<String> opinionIds() {
    Set<String> ids = new HashSet<>();
    opinion.forEach(i -> ids.add(independent.get(i).id()));
    return ids;
  }

  static StoryArticles of(Story story) {
    List<AnalyzedArticle> ordered = story.articles().stream()
        .sorted(Comparator
            .comparing((AnalyzedArticle a) -> a.article().published().map(PublicationDate::date).orElse(LocalDate.MAX))
            .thenComparing(a -> a.article().source()))
        .toList();
    List<AnalyzedArticle> independent = ordered.stream().filter(a -> story.copyOf(a.id()).isEmpty()).toList();
    Set<Integer> opinion = new HashSet<>();
    for (int i = 0; i < independent.size(); i++) {
      if (OpinionSignals.isOpinion(independent.get(i).article().body())) {
        opinion.add(i);
      }
    }
    return new StoryArticles(ordered, independent, Set.copyOf(opinion));
  }
}
