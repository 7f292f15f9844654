package dev.parallax.cluster;

import static dev.parallax.cluster.FictionalNews.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Earlier-phase links: the same subject at another time is another story that knows the first. */
class StoryPhasesTest {
  private static final List<AnalyzedArticle> SUMMITS =
      List.of(SUMMIT_MARCH_1, SUMMIT_MARCH_2, SUMMIT_AUGUST_1, SUMMIT_AUGUST_2);

  @Test
  void summitsFiveMonthsApart_areTwoStories_andTheSecondIsALaterPhaseOfTheFirst() {
    StoryClusterer clusterer = new StoryClusterer();
    SUMMITS.forEach(clusterer::add);

    String march = clusterer.storyOf("summit-mar-1").orElseThrow();
    String august = clusterer.storyOf("summit-aug-1").orElseThrow();
    assertThat(august).isNotEqualTo(march);
    assertThat(clusterer.earlierPhaseOf(august)).contains(march);
    assertThat(clusterer.earlierPhaseOf(march)).isEmpty();
  }

  @Test
  void laterSummitArrivingFirst_isLinkedWhenTheEarlierOneArrives() {
    StoryClusterer clusterer = new StoryClusterer();
    List.of(SUMMIT_AUGUST_1, SUMMIT_AUGUST_2, SUMMIT_MARCH_1, SUMMIT_MARCH_2).forEach(clusterer::add);

    assertThat(clusterer.earlierPhaseOf(clusterer.storyOf("summit-aug-1").orElseThrow()))
        .contains(clusterer.storyOf("summit-mar-1").orElseThrow());
    assertThat(clusterer.earlierPhaseOf(clusterer.storyOf("summit-mar-1").orElseThrow())).isEmpty();
  }

  @Test
  void anyArrivalOrder_linksTheLaterSummitToTheEarlierOne() {
    for (int seed = 1; seed <= 6; seed++) {
      List<AnalyzedArticle> shuffled = new ArrayList<>(SUMMITS);
      Collections.shuffle(shuffled, new Random(seed));
      StoryClusterer clusterer = new StoryClusterer();
      shuffled.forEach(clusterer::add);

      assertThat(clusterer.earlierPhaseOf(clusterer.storyOf("summit-aug-2").orElseThrow()))
          .as("seed %d", seed).contains(clusterer.storyOf("summit-mar-2").orElseThrow());
      assertThat(clusterer.earlierPhaseOf(clusterer.storyOf("summit-mar-1").orElseThrow())).isEmpty();

      // the grown stories still support the link, so reconciling keeps it
      clusterer.reconcile();
      assertThat(clusterer.earlierPhaseOf(clusterer.storyOf("summit-aug-2").orElseThrow()))
          .as("seed %d, reconciled", seed).contains(clusterer.storyOf("summit-mar-2").orElseThrow());
    }
  }

  @Test
  void unrelatedStoriesMonthsApart_areNotLinked() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.add(FLOOD_1);
    clusterer.add(TestArticles.withIdAndDate(MERGER_1, "merger-later", "2026-07-01"));
    clusterer.add(TestArticles.withIdAndDate(CUP_1, "cup-later", "2026-09-01"));

    for (String story : clusterer.stories().keySet()) {
      assertThat(clusterer.earlierPhaseOf(story)).as(story).isEmpty();
    }
  }

  @Test
  void aFloodElsewhereMonthsLater_isNotALaterPhaseOfTheDunmereFlood() {
    StoryClusterer clusterer = new StoryClusterer();
    List.of(FLOOD_1, FLOOD_2, FLOOD_3).forEach(clusterer::add);
    clusterer.add(TestArticles.article("kelby-1", "Western Echo", "2026-09-14", "River Tarn floods Kelby",
        "The River Tarn burst its banks in Kelby on Monday, flooding homes along Quay Road. Firefighters used "
            + "boats to rescue residents trapped on upper floors, and Mayor Owen Strade opened the Kelby school "
            + "hall as an emergency shelter after a week of heavy rain."));
    clusterer.add(TestArticles.article("kelby-2", "Tarn Valley News", "2026-09-14", "Kelby evacuated as Tarn rises",
        "Hundreds of people left their houses in Kelby as floodwater from the Tarn poured into the streets. "
            + "Rescue crews in boats collected families from windows, and Owen Strade, the mayor, said the "
            + "school hall would shelter them."));

    assertThat(clusterer.storyOf("kelby-1")).isNotEqualTo(clusterer.storyOf("flood-1"));
    assertThat(clusterer.earlierPhaseOf(clusterer.storyOf("kelby-1").orElseThrow())).isEmpty();
  }

  @Test
  void storiesOfOneTime_haveNoEarlierPhase() {
    StoryClusterer clusterer = StoryClusterer.streamed(threeEventsAndTwoSingletons(), ClusteringConfig.DEFAULTS);

    for (String story : clusterer.stories().keySet()) {
      assertThat(clusterer.earlierPhaseOf(story)).as(story).isEmpty();
    }
  }

  @Test
  void forwardFeed_findsTheEarlierSummitInTheArchive_untilItIsMoreThanAYearPast() {
    StoryClusterer feed = new StoryClusterer();
    List.of(SUMMIT_MARCH_1, SUMMIT_MARCH_2).forEach(feed::add);
    LocalDate day = LocalDate.parse("2026-03-12");
    day = filler(feed, day, 150, "a"); // into August: the March story has left the live index
    feed.add(SUMMIT_AUGUST_1);
    assertThat(feed.earlierPhaseOf(feed.storyOf("summit-aug-1").orElseThrow()))
        .contains(feed.storyOf("summit-mar-1").orElseThrow());

    filler(feed, day, 600, "b"); // the feed runs on until 2028: both summits leave the archive
    AnalyzedArticle thirdSummit = TestArticles.withIdAndDate(SUMMIT_AUGUST_2, "summit-2028", "2028-05-01");
    feed.add(thirdSummit);
    assertThat(feed.earlierPhaseOf(feed.storyOf("summit-2028").orElseThrow())).isEmpty();
  }

  /** Ten distinct one-article stories a day for {@code days} days from {@code from}; the next day. */
  private static LocalDate filler(StoryClusterer feed, LocalDate from, int days, String tag) {
    for (int i = 0; i < days * 10; i++) {
      feed.add(TestArticles.article(tag + "-" + i, "Wire", from.plusDays(i / 10).toString(), "Item " + i,
          "Notice number " + i + " about topic " + tag + "w" + i + " and topic " + tag + "v" + i + " today."));
    }
    return from.plusDays(days);
  }
}
