package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummarySelectorTest {
  private static final String FERRY = "The Eastwick ferry strike ended on Friday when crews accepted a pay offer.";
  private static final String BRIDGE = "The Talmore bridge reopened on Friday after it was closed for six long weeks of repair work.";
  private static final SummaryConfig ONE_SENTENCE = new SummaryConfig(1, 1, 30, false);

  /**
   * Two articles telling the same two facts in opposite order, so each fact leads one article; the
   * ferry sentence wins without headlines (more concept weight per word, and the longer bridge
   * sentence spreads over more of the story's words, which the fitted sentence prior discounts). The first article's title is {@code title}, or its lead
   * sentence when blank (the fallback when a page has no headline).
   */
  private static List<AnalyzedArticle> articles(String title) {
    return List.of(
        StoryFixtures.article("gazette.txt", "The Harbour Gazette", "2031-05-02", title.isEmpty() ? FERRY : title,
            FERRY + " " + BRIDGE),
        StoryFixtures.article("valley.txt", "Valley Post", "2031-05-02", BRIDGE, BRIDGE + " " + FERRY));
  }

  @Test
  void select_headlineConcepts_weighMore() {
    List<SummarySelector.Candidate> withHeadline =
        new SummarySelector(ONE_SENTENCE).select(articles("Talmore bridge reopened after it was closed for six weeks"), Set.of());
    assertThat(withHeadline).singleElement().extracting(SummarySelector.Candidate::text).isEqualTo(BRIDGE);
  }

  @Test
  void select_titleThatIsOnlyTheFirstSentence_isNoHeadline() {
    // Without a headline the denser ferry sentence wins, though the second article's title fallback is the bridge one.
    List<SummarySelector.Candidate> noHeadline = new SummarySelector(ONE_SENTENCE).select(articles(""), Set.of());
    assertThat(noHeadline).singleElement().extracting(SummarySelector.Candidate::text).isEqualTo(FERRY);
  }

  @Test
  void select_wordBudget_countsWhitespaceWordsAsTheScorerCuts() {
    // 14 words as ROUGE's -l counts them, 17 word tokens (hyphens split tokens): a 16-word budget is
    // not full after it, so a second sentence fills the rest.
    String hyphenated = "The long-delayed cross-harbour ferry-terminal works began on Friday in Eastwick after months of rain.";
    List<AnalyzedArticle> story = List.of(
        StoryFixtures.article("gazette.txt", "The Harbour Gazette", "2031-05-02", "Works begin", hyphenated + " " + FERRY),
        StoryFixtures.article("valley.txt", "Valley Post", "2031-05-02", "Works begin", hyphenated + " " + FERRY));
    List<SummarySelector.Candidate> chosen = new SummarySelector(new SummaryConfig(1, 10, 16, true)).select(story, Set.of());
    assertThat(chosen).hasSize(2);
  }
}
