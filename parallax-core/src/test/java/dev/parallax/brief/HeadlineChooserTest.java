package dev.parallax.brief;

import static dev.parallax.brief.StoryFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlineChooserTest {
  private static final String BODY = "The Orlan tidal array company collapsed on Monday with the loss of 300 jobs. "
      + "Administrators said the tidal array would not be finished.";

  @Test
  void choose_undatedEarlierPhaseTitle_losesToADatedReport() {
    List<AnalyzedArticle> articles = List.of(
        article("announced.html", "Orlan Standard", null, "Orlan tidal array plans unveiled for tidal array site", BODY),
        article("collapse.txt", "Orlan Clarion", "2026-09-14", "Tidal array company collapses", BODY));
    assertThat(HeadlineChooser.choose(new StoryArticles(articles, articles, Set.of()))).isEqualTo(1);
  }

  @Test
  void choose_articleMonthsOlderThanTheStory_losesToACurrentOne() {
    List<AnalyzedArticle> articles = List.of(
        article("feb.txt", "Orlan Standard", "2026-02-02", "Orlan tidal array plans unveiled for tidal array site", BODY),
        article("sep.txt", "Orlan Clarion", "2026-09-14", "Tidal array company collapses", BODY));
    assertThat(HeadlineChooser.choose(new StoryArticles(articles, articles, Set.of()))).isEqualTo(1);
  }

  @Test
  void choose_amongCurrentReports_theMostRepresentativeTitleWins() {
    List<AnalyzedArticle> articles = List.of(
        article("a.txt", "Orlan Standard", "2026-09-14", "Administrators called in", BODY),
        article("b.txt", "Orlan Clarion", "2026-09-15", "Tidal array company collapses with loss of 300 jobs", BODY));
    assertThat(HeadlineChooser.choose(new StoryArticles(articles, articles, Set.of()))).isEqualTo(1);
  }
}
