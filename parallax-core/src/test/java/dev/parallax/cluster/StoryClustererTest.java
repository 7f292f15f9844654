package dev.parallax.cluster;

import static dev.parallax.cluster.FictionalNews.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static final Set<Set<String>> EXPECTED = Set.of(
      Set.of("flood-1", "flood-2", "flood-3", "flood-4"),
      Set.of("merger-1", "merger-2", "merger-3"),
      Set.of("cup-1", "cup-2", "cup-3", "cup-4"),
      Set.of("museum"),
      Set.of("comet"));

  @Test
  void add_threeEventsAndTwoSingletonsInPublicationOrder_groupsExactly() {
    StoryClusterer clusterer = new StoryClusterer();
    threeEventsAndTwoSingletons().forEach(clusterer::add);

    assertThat(partition(clusterer.stories())).isEqualTo(EXPECTED);
  }

  @Test
  void add_shuffledArrivalOrders_giveTheSamePartition() {
    for (long seed = 1; seed <= 20; seed++) {
      List<AnalyzedArticle> articles = new ArrayList<>(threeEventsAndTwoSingletons());
      Collections.shuffle(articles, new Random(seed));
      StoryClusterer clusterer = new StoryClusterer();
      articles.forEach(clusterer::add);

      assertThat(partition(clusterer.stories())).as("seed %d", seed).isEqualTo(EXPECTED);
    }
  }

  @Test
  void add_shuffledArrivalOfEverything_undatedAndRecurringEventsIncluded_givesTheSamePartition() {
    Set<Set<String>> expected = Set.of(
        Set.of("flood-1", "flood-2", "flood-3", "flood-4", "flood-warning"),
        Set.of("merger-1", "merger-2", "merger-3"),
        Set.of("cup-1", "cup-2", "cup-3", "cup-4"),
        Set.of("museum"),
        Set.of("comet"),
        Set.of("summit-mar-1", "summit-mar-2"),
        Set.of("summit-aug-1", "summit-aug-2"));
    for (long seed = 1; seed <= 20; seed++) {
      List<AnalyzedArticle> articles = new ArrayList<>(threeEventsAndTwoSingletons());
      articles.addAll(List.of(FLOOD_WARNING, SUMMIT_MARCH_1, SUMMIT_MARCH_2, SUMMIT_AUGUST_1, SUMMIT_AUGUST_2));
      Collections.shuffle(articles, new Random(seed));
      StoryClusterer clusterer = new StoryClusterer();
      articles.forEach(clusterer::add);

      assertThat(partition(clusterer.stories())).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void add_storiesGetSequentialIdsInCreationOrder_articlesInArrivalOrder() {
    StoryClusterer clusterer = new StoryClusterer();

    assertThat(clusterer.add(FLOOD_1)).isEqualTo("story-0001");
    assertThat(clusterer.add(MERGER_1)).isEqualTo("story-0002");
    assertThat(clusterer.add(FLOOD_2)).isEqualTo("story-0001");
    assertThat(clusterer.add(CUP_1)).isEqualTo("story-0003");

    assertThat(clusterer.stories()).containsExactly(
        Map.entry("story-0001", List.of("flood-1", "flood-2")),
        Map.entry("story-0002", List.of("merger-1")),
        Map.entry("story-0003", List.of("cup-1")));
  }

  @Test
  void add_laterArticles_neverChangeExistingIdsOrMoveExistingArticles() {
    List<AnalyzedArticle> articles = threeEventsAndTwoSingletons();
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, String> firstAnswer = new LinkedHashMap<>();
    for (AnalyzedArticle article : articles) {
      Map<String, List<String>> before = clusterer.stories();
      firstAnswer.put(article.id(), clusterer.add(article));
      Map<String, List<String>> after = clusterer.stories();

      before.forEach((id, members) -> assertThat(after.get(id).subList(0, members.size())).isEqualTo(members));
      assertThat(List.copyOf(after.keySet()).subList(0, before.size())).isEqualTo(List.copyOf(before.keySet()));
    }
    firstAnswer.forEach((articleId, storyId) -> assertThat(clusterer.storyOf(articleId)).contains(storyId));
  }

  @Test
  void add_sameArticleTwice_returnsItsStoryWithoutAddingAgain() {
    StoryClusterer clusterer = new StoryClusterer();
    String first = clusterer.add(FLOOD_1);

    assertThat(clusterer.add(FLOOD_1)).isEqualTo(first);
    assertThat(clusterer.stories()).containsExactly(Map.entry(first, List.of("flood-1")));
  }

  @Test
  void add_sameLeadersAtTwoSummitsFiveMonthsApart_makesTwoStories() {
    StoryClusterer clusterer = new StoryClusterer();
    List.of(SUMMIT_MARCH_1, SUMMIT_MARCH_2, SUMMIT_AUGUST_1, SUMMIT_AUGUST_2).forEach(clusterer::add);

    assertThat(partition(clusterer.stories())).isEqualTo(Set.of(
        Set.of("summit-mar-1", "summit-mar-2"), Set.of("summit-aug-1", "summit-aug-2")));
  }

  @Test
  void add_sameLeadersWithoutTimePenalty_wouldMerge_soTheTimePenaltyIsWhatSeparatesThem() {
    ClusteringConfig noTimePenalty = new ClusteringConfig(0.6, 0.4, 3.0, 7, 1e9, 0.15, 0.2, 200, 40);
    StoryClusterer clusterer = new StoryClusterer(noTimePenalty);
    List.of(SUMMIT_MARCH_1, SUMMIT_MARCH_2, SUMMIT_AUGUST_1, SUMMIT_AUGUST_2).forEach(clusterer::add);

    assertThat(clusterer.stories()).hasSize(1);
  }

  @Test
  void add_thresholdRisesWithStorySize_soABigStoryNeedsACloserArticle() {
    ClusteringConfig fixed = new ClusteringConfig(0.8, 0.2, 3.0, 7, 21, 0.15, 0.0, 200, 40);
    ClusteringConfig steep = new ClusteringConfig(0.8, 0.2, 3.0, 7, 21, 0.15, 100.0, 200, 40);
    StoryClusterer fixedClusterer = new StoryClusterer(fixed);
    StoryClusterer steepClusterer = new StoryClusterer(steep);
    for (StoryClusterer clusterer : List.of(fixedClusterer, steepClusterer)) {
      List.of(FLOOD_1, FLOOD_2, FLOOD_3).forEach(clusterer::add);
    }

    assertThat(fixedClusterer.stories()).hasSize(1);
    // a one-article story keeps the base threshold, so flood-2 still joins flood-1; after that the
    // two-article story needs 0.15 * (1 + 100 ln 2), which no score reaches
    assertThat(partition(steepClusterer.stories()))
        .isEqualTo(Set.of(Set.of("flood-1", "flood-2"), Set.of("flood-3")));
  }

  @Test
  void joinThreshold_isTheBaseForOneArticle_andGrowsWithTheLogOfTheStorySize() {
    ClusteringConfig config = ClusteringConfig.DEFAULTS;

    assertThat(config.joinThreshold(1)).isEqualTo(config.joinThreshold());
    assertThat(config.joinThreshold(20)).isCloseTo(
        config.joinThreshold() * (1 + config.thresholdGrowth() * Math.log(20)), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(config.joinThreshold(20)).isGreaterThan(config.joinThreshold(2));
  }

  @Test
  void add_articleSharingNoTermOrName_startsNewStoryEvenWithZeroThreshold() {
    ClusteringConfig joinAnything = new ClusteringConfig(0.6, 0.4, 3.0, 7, 21, 0.0, 0.2, 200, 40);
    StoryClusterer clusterer = new StoryClusterer(joinAnything);

    String flood = clusterer.add(FLOOD_1);
    String comet = clusterer.add(COMET);
    String flood2 = clusterer.add(FLOOD_2);

    assertThat(comet).isNotEqualTo(flood); // never retrieved as a candidate, so never scored
    assertThat(flood2).isEqualTo(flood);
  }

  @Test
  void add_undatedArticleAboutEarlierPhase_joinsTheStory() {
    StoryClusterer clusterer = new StoryClusterer();
    threeEventsAndTwoSingletons().forEach(clusterer::add);
    String floodStory = clusterer.storyOf("flood-1").orElseThrow();

    assertThat(clusterer.add(FLOOD_WARNING)).isEqualTo(floodStory);
  }

  @Test
  void add_undatedArticleArrivingFirst_isJoinedByTheDatedOnes() {
    StoryClusterer clusterer = new StoryClusterer();
    String story = clusterer.add(FLOOD_WARNING);
    List.of(MERGER_1, FLOOD_1, FLOOD_2, CUP_1, FLOOD_3, FLOOD_4).forEach(clusterer::add);

    assertThat(clusterer.stories().get(story))
        .containsExactly("flood-warning", "flood-1", "flood-2", "flood-3", "flood-4");
  }

  @Test
  void reconcile_articleThatStartedAStoryBeforeItsEventGrew_movesIntoIt_andItsEmptiedStoryIsWithdrawn() {
    // a stricter threshold, so that flood-3 does not join flood-2 alone and starts a story of its own
    StoryClusterer clusterer = new StoryClusterer(withJoinThreshold(0.2));
    List.of(MERGER_1, MERGER_2, CUP_1, MUSEUM, COMET, FLOOD_2, FLOOD_3, FLOOD_1, FLOOD_4).forEach(clusterer::add);
    String floodStory = clusterer.storyOf("flood-1").orElseThrow();
    String aloneStory = clusterer.storyOf("flood-3").orElseThrow();
    assertThat(aloneStory).isNotEqualTo(floodStory);

    List<StoryMove> moves = clusterer.reconcile();

    assertThat(moves).containsExactly(new StoryMove("flood-3", aloneStory, floodStory));
    assertThat(clusterer.storyOf("flood-3")).contains(floodStory);
    assertThat(clusterer.stories()).doesNotContainKey(aloneStory);
    assertThat(clusterer.stories().get(floodStory)).containsExactly("flood-2", "flood-1", "flood-4", "flood-3");
  }

  @Test
  void reconcile_articleThatJoinedANeighbouringEventsStory_movesToItsOwnEventOnceThatHasAStory() {
    // resign-1 arrives while the only story about Quillon is the takeover, and joins it; the next two
    // reports of the resignation start their own story, which then fits resign-1 better
    StoryClusterer clusterer = new StoryClusterer(withJoinThreshold(0.25));
    List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3, MUSEUM, RESIGNATION_1, RESIGNATION_2,
        RESIGNATION_3, CUP_1).forEach(clusterer::add);
    String takeover = clusterer.storyOf("merger-1").orElseThrow();
    String resignation = clusterer.storyOf("resign-2").orElseThrow();
    assertThat(clusterer.storyOf("resign-1")).contains(takeover);

    String flood = clusterer.storyOf("flood-1").orElseThrow();
    String floodThreeAlone = clusterer.storyOf("flood-3").orElseThrow();

    List<StoryMove> moves = clusterer.reconcile();

    // flood-3, alone at this strict threshold, joins its flood (see the lone-article test)
    assertThat(moves).containsExactly(new StoryMove("flood-3", floodThreeAlone, flood),
        new StoryMove("resign-1", takeover, resignation));
    assertThat(clusterer.stories().get(takeover)).containsExactly("merger-1", "merger-2", "merger-3");
    assertThat(clusterer.stories().get(resignation)).containsExactlyInAnyOrder("resign-1", "resign-2", "resign-3");
    assertThat(clusterer.reconcile()).isEmpty();
  }

  @Test
  void reconcile_twoEventsThatGrewIntoOneStory_areSplit_theStoryKeepingItsIdAndTheLargerPart() {
    // the resignation's first report joins the takeover story and the others follow it: no single
    // article fits anywhere else, but the two groups would not have joined each other
    StoryClusterer clusterer = new StoryClusterer();
    List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3, FLOOD_4, MUSEUM, COMET, RESIGNATION_1,
        RESIGNATION_2, RESIGNATION_3, CUP_1, CUP_2).forEach(clusterer::add);
    String takeover = clusterer.storyOf("merger-1").orElseThrow();
    assertThat(clusterer.stories().get(takeover)).hasSize(6);

    List<StoryMove> moves = clusterer.reconcile();

    String resignation = clusterer.storyOf("resign-1").orElseThrow();
    assertThat(resignation).isNotEqualTo(takeover);
    assertThat(moves).containsExactly(new StoryMove("resign-1", takeover, resignation),
        new StoryMove("resign-2", takeover, resignation), new StoryMove("resign-3", takeover, resignation));
    assertThat(clusterer.stories().get(takeover)).containsExactly("merger-1", "merger-2", "merger-3");
    assertThat(clusterer.stories().get(resignation)).containsExactly("resign-1", "resign-2", "resign-3");
    assertThat(clusterer.reconcile()).isEmpty();
  }

  @Test
  void reconcile_copiesOfAnArticle_moveTogether() {
    // the first resignation report arrives twice (a wire story and its reprint): left behind, the
    // reprint would hold it in the takeover story
    AnalyzedArticle reprint = TestArticles.withIdAndDate(RESIGNATION_1, "resign-1-reprint", "2026-02-13");
    StoryClusterer clusterer = new StoryClusterer(withJoinThreshold(0.25));
    List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3, MUSEUM, RESIGNATION_1, reprint, RESIGNATION_2,
        RESIGNATION_3, CUP_1).forEach(clusterer::add);
    String takeover = clusterer.storyOf("merger-1").orElseThrow();
    String resignation = clusterer.storyOf("resign-2").orElseThrow();
    assertThat(clusterer.storyOf("resign-1-reprint")).contains(takeover);

    List<StoryMove> moves = clusterer.reconcile();

    assertThat(moves).filteredOn(m -> m.articleId().startsWith("resign"))
        .containsExactlyInAnyOrder(new StoryMove("resign-1", takeover, resignation),
            new StoryMove("resign-1-reprint", takeover, resignation));
    assertThat(clusterer.stories().get(takeover)).containsExactly("merger-1", "merger-2", "merger-3");
  }

  @Test
  void reconcile_articleStillAloneAfterItsSuccessorsArrived_joinsAStoryItNearlyClears() {
    // at this strict threshold flood-3 scores under the flood story's threshold and starts a story;
    // when reconciling, a story of one is held to three quarters of the threshold, which it clears
    StoryClusterer clusterer = new StoryClusterer(withJoinThreshold(0.25));
    List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3, MUSEUM, COMET).forEach(clusterer::add);
    String flood = clusterer.storyOf("flood-1").orElseThrow();
    String alone = clusterer.storyOf("flood-3").orElseThrow();
    assertThat(alone).isNotEqualTo(flood);

    List<StoryMove> moves = clusterer.reconcile();

    assertThat(moves).containsExactly(new StoryMove("flood-3", alone, flood));
    assertThat(clusterer.stories().get(flood)).containsExactly("flood-1", "flood-2", "flood-3");
    // the museum and the comet stay alone: no story comes near them
    assertThat(clusterer.stories()).containsValues(List.of("museum"), List.of("comet"));
  }

  @Test
  void reconcile_whenEveryArticleIsInItsBestStory_movesNothing() {
    StoryClusterer clusterer = new StoryClusterer();
    threeEventsAndTwoSingletons().forEach(clusterer::add);
    Map<String, List<String>> before = clusterer.stories();

    assertThat(clusterer.reconcile()).isEmpty();
    assertThat(clusterer.stories()).isEqualTo(before);
  }

  @Test
  void cluster_batch_equalsStreamingInPublicationOrderThenReconciling() {
    List<AnalyzedArticle> all = new ArrayList<>(threeEventsAndTwoSingletons());
    all.addAll(List.of(FLOOD_WARNING, SUMMIT_AUGUST_2, SUMMIT_MARCH_1, SUMMIT_AUGUST_1, SUMMIT_MARCH_2));
    Collections.shuffle(all, new Random(7));

    Map<String, List<String>> batch = StoryClusterer.cluster(all);

    StoryClusterer streaming = new StoryClusterer();
    all.stream().sorted(StoryClusterer.publicationOrder()).forEach(streaming::add);
    streaming.reconcile();
    assertThat(batch).isEqualTo(streaming.stories());
    assertThat(new ArrayList<>(batch.keySet())).isEqualTo(List.copyOf(streaming.stories().keySet()));
    assertThat(batch).hasSize(7);
    assertThat(batch.get(streaming.storyOf("flood-1").orElseThrow())).endsWith("flood-warning");
  }

  @Test
  void publicationOrder_datedByDateThenUndatedThenSource() {
    AnalyzedArticle undated = TestArticles.article("u", "X", null, "t", "Body text here.");
    AnalyzedArticle early = TestArticles.article("z-early", "X", "2026-01-01", "t", "Body text here.");
    AnalyzedArticle lateB = TestArticles.article("b-late", "X", "2026-01-05", "t", "Body text here.");
    AnalyzedArticle lateA = TestArticles.article("a-late", "X", "2026-01-05", "t", "Body text here.");

    List<AnalyzedArticle> sorted = new ArrayList<>(List.of(undated, lateB, early, lateA));
    sorted.sort(StoryClusterer.publicationOrder());

    assertThat(sorted).extracting(AnalyzedArticle::id).containsExactly("z-early", "a-late", "b-late", "u");
  }

  private static Set<Set<String>> partition(Map<String, List<String>> stories) {
    return stories.values().stream().map(HashSet::new).collect(Collectors.toSet());
  }

  @Test
  void warmUp_thenAddingTheSameArticles_countsEachOnce_andGroupsExactly() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.warmUp(threeEventsAndTwoSingletons());
    clusterer.warmUp(threeEventsAndTwoSingletons());
    threeEventsAndTwoSingletons().forEach(clusterer::add);

    assertThat(partition(clusterer.stories())).isEqualTo(EXPECTED);
  }

  @Test
  void add_feedRunningMonthsForward_retiresIdleStories_butAShuffledBatchRetiresNothing() {
    List<AnalyzedArticle> forward = new ArrayList<>();
    forward.add(TestArticles.withIdAndDate(FLOOD_1, "flood-jan", "2026-01-05"));
    java.time.LocalDate day = java.time.LocalDate.parse("2026-01-06");
    for (int i = 0; i < 2000; i++) { // distinct one-article stories, 10 a day, into July
      forward.add(TestArticles.article("other-" + i, "Wire", day.plusDays(i / 10).toString(),
          "Item " + i, "Notice number " + i + " about topic w" + i + " and topic v" + i + " today."));
    }
    AnalyzedArticle lateFloodReport = TestArticles.withIdAndDate(FLOOD_2, "flood-late", "2026-01-06");

    StoryClusterer feed = new StoryClusterer();
    forward.forEach(feed::add);
    feed.add(lateFloodReport);
    // the January flood story left the index when the feed moved months on: the late report starts anew
    assertThat(feed.storyOf("flood-late")).isNotEqualTo(feed.storyOf("flood-jan"));
    // reconciling does not reopen a story that has left the index
    assertThat(feed.reconcile()).isEmpty();
    assertThat(feed.storyOf("flood-late")).isNotEqualTo(feed.storyOf("flood-jan"));

    List<AnalyzedArticle> shuffled = new ArrayList<>(forward);
    Collections.shuffle(shuffled, new Random(1));
    StoryClusterer batch = new StoryClusterer();
    shuffled.forEach(batch::add);
    batch.add(lateFloodReport);
    assertThat(batch.storyOf("flood-late")).isEqualTo(batch.storyOf("flood-jan"));
  }

  private static ClusteringConfig withJoinThreshold(double threshold) {
    ClusteringConfig d = ClusteringConfig.DEFAULTS;
    return new ClusteringConfig(d.lexicalWeight(), d.entityWeight(), d.titleWeight(), d.timeGraceDays(),
        d.timeHalfLifeDays(), threshold, d.thresholdGrowth(), d.centroidTerms(), d.indexedTermsPerItem());
  }
}
