package dev.parallax.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  @Test
  void of_perfectClustering_scoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    ClusteringScores s = ClusteringScores.of(gold, Map.of("a", "1", "b", "1", "c", "2"));

    assertThat(s.bcubedF1()).isEqualTo(1.0);
    assertThat(s.pairF1()).isEqualTo(1.0);
    assertThat(s.foundStories()).isEqualTo(2);
    assertThat(s.trueStories()).isEqualTo(2);
  }

  @Test
  void of_everythingInOneCluster_hasFullRecallAndLowPrecision() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    ClusteringScores s = ClusteringScores.of(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));

    assertThat(s.bcubedRecall()).isEqualTo(1.0);
    assertThat(s.bcubedPrecision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.pairPrecision()).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(s.pairRecall()).isEqualTo(1.0);
  }

  @Test
  void of_splitStory_losesRecallByTheShareOfEachPart() {
    // true story of 3 split 2 + 1: recall per document 2/3, 2/3, 1/3
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "x");
    ClusteringScores s = ClusteringScores.of(gold, Map.of("a", "1", "b", "1", "c", "2"));

    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isCloseTo(5.0 / 9, within(1e-12));
    assertThat(s.pairRecall()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void of_differentDocuments_isRejected() {
    assertThatThrownBy(() -> ClusteringScores.of(Map.of("a", "x"), Map.of("b", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
