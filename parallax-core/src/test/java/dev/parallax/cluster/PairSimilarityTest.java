package dev.parallax.cluster;

import static dev.parallax.cluster.FictionalNews.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.model.AnalyzedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairSimilarityTest {
  private final List<AnalyzedArticle> corpus = corpus();
  private final PairSimilarity similarity = new PairSimilarity(corpus);

  @Test
  void score_twoReportsOfOneEvent_beatReportsOfDifferentEvents() {
    double sameEvent = similarity.score(FLOOD_1, FLOOD_2);
    double otherEvent = similarity.score(FLOOD_1, MERGER_1);

    assertThat(sameEvent).isGreaterThan(0.4);
    assertThat(otherEvent).isLessThan(0.25);
    assertThat(sameEvent).isGreaterThan(2 * otherEvent);
  }

  @Test
  void score_isSymmetric_andTheRootOfTheRawScore() {
    assertThat(similarity.score(CUP_1, CUP_3)).isCloseTo(similarity.score(CUP_3, CUP_1), within(1e-12));
    assertThat(similarity.score(CUP_1, CUP_3))
        .isCloseTo(Math.sqrt(similarity.rawScore(CUP_1, CUP_3)), within(1e-12));
  }

  @Test
  void score_sameArticle_isNearOne() {
    assertThat(similarity.score(MUSEUM, MUSEUM)).isGreaterThan(0.95);
  }

  private static List<AnalyzedArticle> corpus() {
    List<AnalyzedArticle> all = new ArrayList<>(threeEventsAndTwoSingletons());
    all.addAll(List.of(SUMMIT_MARCH_1, SUMMIT_AUGUST_1));
    return all;
  }
}
