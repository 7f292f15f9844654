package dev.parallax.cluster;

import static dev.parallax.cluster.FictionalNews.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.model.AnalyzedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererStateTest {
  /** An undated article whose text dates it to 2019 (its era): kept apart from the dated 2026 stories. */
  private static final AnalyzedArticle UNDATED_2019_REVIEW = withAnchor(TestArticles.withIdAndDate(FLOOD_3,
      "flood-review", null), "2019-06-01");

  private static AnalyzedArticle withAnchor(AnalyzedArticle a, String date) {
    return new AnalyzedArticle(a.article(), a.sentences(), a.mentions(), a.quotes(), a.times(), a.numbers(),
        Optional.of(new dev.parallax.model.TimeAnchor(LocalDate.parse(date), true, 0.7, "test")));
  }

  /** A short time horizon, so that a feed of a few weeks retires stories into the archive of earlier phases. */
  private static final ClusteringConfig SHORT_HORIZON = new ClusteringConfig(0.8, 0.2, 3.0, 7, 3, 0.15, 0.2, 200, 40);
  /** Where the run reconciles: after the takeover and resignation reports (a split), and once among the notices. */
  private static final Set<Integer> CHECKPOINTS = Set.of(14, 900);
  /** Articles the clusterer counts before the feed starts ({@link StoryClusterer#warmUp}) and that arrive late. */
  private static final List<AnalyzedArticle> WARMED_UP = List.of(CUP_3, CUP_4);

  /**
   * Every kind of state: the takeover story that reconciling splits, the March summit, 2,000 one-article notices
   * over six weeks (which retire the February and March stories to the archive), a late report on the February
   * flood (which must not join the retired flood story), an undated review of it dated 2019 by its text, two cup reports counted beforehand ({@link #WARMED_UP}),
   * and the August summit, a later phase of March.
   */
  private static List<AnalyzedArticle> feed() {
    List<AnalyzedArticle> feed = new ArrayList<>(List.of(FLOOD_1, FLOOD_2, MERGER_1, MERGER_2, FLOOD_3, MERGER_3,
        FLOOD_4, MUSEUM, COMET, RESIGNATION_1, RESIGNATION_2, RESIGNATION_3, CUP_1, CUP_2, SUMMIT_MARCH_1,
        SUMMIT_MARCH_2));
    LocalDate day = LocalDate.parse("2026-03-12");
    for (int i = 0; i < 2000; i++) {
      feed.add(TestArticles.article("notice-" + i, "Wire", day.plusDays(i / 50).toString(), "Item " + i,
          "Notice number " + i + " about topic w" + i + " and topic v" + i + " today."));
    }
    feed.add(TestArticles.withIdAndDate(FLOOD_2, "flood-late", "2026-02-11"));
    feed.add(UNDATED_2019_REVIEW);
    feed.addAll(WARMED_UP);
    feed.add(SUMMIT_AUGUST_1);
    feed.add(SUMMIT_AUGUST_2);
    return feed;
  }

  /** What a run did: the moves of each checkpoint and of the end, then the stories and their phase links. */
  private record Run(List<List<StoryMove>> moves, List<Map.Entry<String, List<String>>> stories,
      Map<String, Optional<String>> phases, int storyCount, ClustererState end, Set<String> counted) {}

  /** Streams {@code feed} from {@code from}, reconciling at the checkpoints and at the end. */
  private static Run finish(StoryClusterer clusterer, List<AnalyzedArticle> feed, int from, List<List<StoryMove>> moves) {
    for (int i = from; i < feed.size(); i++) {
      clusterer.add(feed.get(i));
      if (CHECKPOINTS.contains(i + 1)) {
        moves.add(clusterer.reconcile());
      }
    }
    moves.add(clusterer.reconcile());
    Map<String, Optional<String>> phases = new HashMap<>();
    for (int n = 1; n <= clusterer.storyCount(); n++) {
      String id = String.format("story-%04d", n);
      phases.put(id, clusterer.earlierPhaseOf(id));
    }
    ClustererState end = clusterer.state();
    // the counted ids come from a set, in no fixed order
    ClustererState ordered = new ClustererState(end.format(), end.config(), end.terms(), end.entities(), end.stories(),
        end.earlierPhases(), end.open(), List.of(), end.recentDates());
    return new Run(moves, List.copyOf(clusterer.stories().entrySet()), phases, clusterer.storyCount(), ordered,
        Set.copyOf(end.counted()));
  }

  @Test
  void resumedFromItsState_atAnyCut_goesOnExactlyAsTheUninterruptedClusterer() {
    List<AnalyzedArticle> feed = feed();
    StoryClusterer uninterrupted = new StoryClusterer(SHORT_HORIZON);
    uninterrupted.warmUp(WARMED_UP);
    Run whole = finish(uninterrupted, feed, 0, new ArrayList<>());
    // the feed exercises what the state must carry: a split, a retired story and a phase link across the archive
    assertThat(whole.moves().get(0)).isNotEmpty();
    String march = whole.stories().stream().filter(s -> s.getValue().contains("summit-mar-1")).findFirst()
        .orElseThrow().getKey();
    String august = whole.stories().stream().filter(s -> s.getValue().contains("summit-aug-1")).findFirst()
        .orElseThrow().getKey();
    assertThat(whole.phases().get(august)).contains(march);
    assertThat(whole.stories()).anyMatch(s -> s.getValue().equals(List.of("flood-late")));
    assertThat(whole.stories()).anyMatch(s -> s.getValue().equals(List.of("flood-review")));
    assertThat(whole.end().stories()).anyMatch(s -> s.eras().equals(Map.of(2019, 1)));
    assertThat(whole.end().open()).anyMatch(a -> Integer.valueOf(2019).equals(a.era()));

    for (int cut : List.of(0, 1, 12, 14, 16, 901, feed.size() - 1, feed.size())) {
      StoryClusterer first = new StoryClusterer(SHORT_HORIZON);
      first.warmUp(WARMED_UP);
      List<List<StoryMove>> moves = new ArrayList<>();
      for (int i = 0; i < cut; i++) {
        first.add(feed.get(i));
        if (CHECKPOINTS.contains(i + 1)) {
          moves.add(first.reconcile());
        }
      }
      ClustererState state = first.state();
      if (cut == feed.size() - 1) {
        assertThat(state.stories()).anyMatch(s -> s.archiveKeys() != null);
      }

      Run resumed = finish(StoryClusterer.fromState(state), feed, cut, moves);

      assertThat(resumed.moves()).as("moves, resumed after %d articles", cut).isEqualTo(whole.moves());
      assertThat(resumed.stories()).as("stories, resumed after %d articles", cut).isEqualTo(whole.stories());
      assertThat(resumed.phases()).as("phases, resumed after %d articles", cut).isEqualTo(whole.phases());
      assertThat(resumed.counted()).as("counted, resumed after %d articles", cut).isEqualTo(whole.counted());
      assertSameState(resumed.end(), whole.end(), cut);
    }
  }

  /**
   * Two end states are the same: every count, id, date and key exactly, and every sum and norm up to rounding
   * (a restored map may add its entries up in another order).
   */
  private static void assertSameState(ClustererState actual, ClustererState expected, int cut) {
    String after = "resumed after " + cut + " articles: ";
    assertThat(actual.terms()).as(after + "term frequencies").isEqualTo(expected.terms());
    assertThat(actual.entities()).as(after + "entity frequencies").isEqualTo(expected.entities());
    assertThat(actual.open()).as(after + "open articles").isEqualTo(expected.open());
    assertThat(actual.recentDates()).as(after + "recent dates").isEqualTo(expected.recentDates());
    assertThat(actual.earlierPhases()).as(after + "phase links").isEqualTo(expected.earlierPhases());
    assertThat(actual.stories()).as(after + "stories").hasSameSizeAs(expected.stories());
    for (int i = 0; i < expected.stories().size(); i++) {
      ClustererState.Story a = actual.stories().get(i);
      ClustererState.Story e = expected.stories().get(i);
      String story = after + e.id() + " ";
      assertThat(List.of(a.id(), a.articles(), a.dates(), a.eras(), String.valueOf(a.indexKeys()), String.valueOf(a.archiveKeys()),
          a.termNormAt(), a.entityNormAt())).as(story).isEqualTo(List.of(e.id(), e.articles(), e.dates(), e.eras(),
          String.valueOf(e.indexKeys()), String.valueOf(e.archiveKeys()), e.termNormAt(), e.entityNormAt()));
      assertThat(a.termNorm()).as(story + "term norm").isCloseTo(e.termNorm(), within(1e-9));
      assertThat(a.entityNorm()).as(story + "entity norm").isCloseTo(e.entityNorm(), within(1e-9));
      assertThat(a.terms().keySet()).as(story + "terms").isEqualTo(e.terms().keySet());
      assertThat(a.entities().keySet()).as(story + "entities").isEqualTo(e.entities().keySet());
      e.terms().forEach((t, w) -> assertThat(a.terms().get(t)).as(story + t).isCloseTo(w, within(1e-9)));
      e.entities().forEach((t, w) -> assertThat(a.entities().get(t)).as(story + t).isCloseTo(w, within(1e-9)));
    }
  }

  @Test
  void resumed_whileAStoryIsInTheArchive_dropsItFromTheArchiveWhenTheUninterruptedOneDoes() {
    // notices, 10 a day for 600 days: the March summit is archived within weeks and leaves the archive
    // (its vectors dropped) some 400 days later, long after the cut
    List<AnalyzedArticle> feed = new ArrayList<>(List.of(SUMMIT_MARCH_1, SUMMIT_MARCH_2));
    LocalDate day = LocalDate.parse("2026-03-12");
    for (int i = 0; i < 6000; i++) {
      feed.add(TestArticles.article("notice-" + i, "Wire", day.plusDays(i / 10).toString(), "Item " + i,
          "Notice number " + i + " about topic w" + i + " and topic v" + i + " today."));
    }
    int cut = 1500;
    StoryClusterer uninterrupted = new StoryClusterer(SHORT_HORIZON);
    feed.forEach(uninterrupted::add);
    StoryClusterer first = new StoryClusterer(SHORT_HORIZON);
    feed.subList(0, cut).forEach(first::add);
    ClustererState atCut = first.state();
    assertThat(atCut.stories().get(0).archiveKeys()).as("the March summit is archived at the cut").isNotNull();

    StoryClusterer resumed = StoryClusterer.fromState(atCut);
    feed.subList(cut, feed.size()).forEach(resumed::add);

    ClustererState.Story march = uninterrupted.state().stories().get(0);
    assertThat(march.archiveKeys()).as("the March summit has left the archive").isNull();
    assertThat(march.terms()).isEmpty();
    assertThat(resumed.state().stories().get(0)).isEqualTo(march);
  }

  @Test
  void state_isACopy_laterArticlesDoNotChangeIt() {
    StoryClusterer clusterer = new StoryClusterer();
    List.of(FLOOD_1, FLOOD_2).forEach(clusterer::add);
    ClustererState state = clusterer.state();

    clusterer.add(FLOOD_3);
    clusterer.add(MERGER_1);

    assertThat(StoryClusterer.fromState(state).stories()).containsExactly(
        Map.entry("story-0001", List.of("flood-1", "flood-2")));
  }

  @Test
  void resumed_readTwiceIsStillKnown() {
    StoryClusterer clusterer = new StoryClusterer();
    String story = clusterer.add(FLOOD_1);

    StoryClusterer resumed = StoryClusterer.fromState(clusterer.state());

    assertThat(resumed.storyOf("flood-1")).contains(story);
    assertThat(resumed.add(FLOOD_1)).isEqualTo(story);
    assertThat(resumed.stories().get(story)).containsExactly("flood-1");
  }

  @Test
  void fromState_thatDoesNotHoldTogether_isRefusedWithTheReason() {
    StoryClusterer clusterer = new StoryClusterer();
    List.of(FLOOD_1, FLOOD_2, MERGER_1).forEach(clusterer::add);
    ClustererState good = clusterer.state();

    ClustererState otherFormat = new ClustererState(99, good.config(), good.terms(), good.entities(), good.stories(),
        good.earlierPhases(), good.open(), good.counted(), good.recentDates());
    List<ClustererState.Story> twice = new ArrayList<>(good.stories());
    ClustererState.Story merger = twice.get(1);
    twice.set(1, new ClustererState.Story(merger.id(), List.of("merger-1", "flood-1"), merger.terms(),
        merger.entities(), merger.dates(), merger.eras(), merger.indexKeys(), merger.archiveKeys(), merger.termNorm(),
        merger.termNormAt(), merger.entityNorm(), merger.entityNormAt()));
    ClustererState articleInTwoStories = new ClustererState(good.format(), good.config(), good.terms(),
        good.entities(), twice, good.earlierPhases(), good.open(), good.counted(), good.recentDates());
    ClustererState unknownPhase = new ClustererState(good.format(), good.config(), good.terms(), good.entities(),
        good.stories(), Map.of("story-0002", "story-0009"), good.open(), good.counted(), good.recentDates());

    assertThatThrownBy(() -> StoryClusterer.fromState(otherFormat))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state format 99");
    assertThatThrownBy(() -> StoryClusterer.fromState(articleInTwoStories))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flood-1 is in two stories");
    assertThatThrownBy(() -> StoryClusterer.fromState(unknownPhase))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("story-0009");
  }
}
