package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryProfileTest {
  private static final ArticleFeatures EARLY = new ArticleFeatures(
      Map.of("flood", 0.8, "river", 0.6), Map.of("dunmere", 1.0), Optional.of(LocalDate.parse("2026-02-10")));
  private static final ArticleFeatures LATE = new ArticleFeatures(
      Map.of("flood", 0.6, "insur", 0.8), Map.of("dunmere", 0.6, "halloway", 0.8), Optional.of(LocalDate.parse("2026-02-14")));

  @Test
  void remove_takesTheArticlesWeightsAndDateOut_leavingTheOtherArticleAsIfAlone() {
    StoryProfile story = profileOf(EARLY, LATE);

    story.remove("late", LATE);

    assertThat(story.articleIds()).containsExactly("early");
    assertThat(story.termSums()).containsOnlyKeys("flood", "river");
    assertThat(story.termSums().get("flood")).isCloseTo(0.8, within(1e-12));
    assertThat(story.entitySums()).containsOnlyKeys("dunmere");
    assertThat(story.lastDate()).contains(LocalDate.parse("2026-02-10"));
  }

  @Test
  void without_leavesTheStoryAsItWas() {
    StoryProfile story = profileOf(EARLY, LATE);

    StoryProfile alone = story.without("early", EARLY);

    assertThat(alone.articleIds()).containsExactly("late");
    assertThat(alone.firstDate()).contains(LocalDate.parse("2026-02-14"));
    assertThat(story.articleIds()).containsExactly("early", "late");
    assertThat(story.termSums()).containsOnlyKeys("flood", "river", "insur");
    assertThat(story.firstDate()).contains(LocalDate.parse("2026-02-10"));
  }

  @Test
  void remove_ofAnArticleNotInTheStory_isRefused() {
    StoryProfile story = profileOf(EARLY);

    assertThatThrownBy(() -> story.remove("late", LATE)).hasMessageContaining("late");
  }

  private static StoryProfile profileOf(ArticleFeatures... articles) {
    StoryProfile story = new StoryProfile("story-0001", 0);
    String[] ids = {"early", "late"};
    for (int i = 0; i < articles.length; i++) {
      story.add(ids[articles[i] == EARLY ? 0 : 1], articles[i], 200, key -> 1.0, key -> 1.0);
    }
    return story;
  }
}
