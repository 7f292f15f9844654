package dev.parallax.eval.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.cluster.ClusteringConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A gate on real stories when the shared data is beside the repository: DUC 2004's topics and the Multi-News
 * sample pooled and shuffled (seed 1), as {@code eval cluster} does, keep their B-cubed F1 (at least 0.90) in both arrival orders,
 * and the closing reconcile step improves on the stream as assigned.
 */
class ClusteringOnSharedDataTest {
  private static final Path DATA = Path.of(System.getProperty("parallax.data", "../../shared/data"));

  @Test
  void duc2004AndMultiNews_bothOrders_reconciledScoresHold_andBeatTheStreamAsAssigned() {
    Path duc = DATA.resolve("duc2004");
    Path multiNews = DATA.resolve("multinews/sample.csv");
    Assumptions.assumeTrue(Files.isDirectory(duc.resolve("docs")) && Files.isRegularFile(multiNews), "shared data absent");
    List<GoldDocument> pool = new ArrayList<>(ClusterPool.load(List.of(duc, multiNews)));
    Collections.shuffle(pool, new Random(1));
    ClusteringEval.AnalyzedPool analyzed = ClusteringEval.analyze(pool);

    for (ArrivalOrder order : ArrivalOrder.values()) {
      SystemResult reconciled = ClusteringEval.clusterInOrder(analyzed.documents(), order, ClusteringConfig.DEFAULTS, false, true);
      SystemResult asAssigned = ClusteringEval.clusterInOrder(analyzed.documents(), order, ClusteringConfig.DEFAULTS, false, false);

      assertThat(reconciled.assignments()).hasSize(analyzed.documents().size());
      // 2026-12-07: random 0.9051 (0.8910 as assigned), date 0.9038 (0.8872)
      assertThat(reconciled.scores().bcubedF1()).as(order.name()).isGreaterThanOrEqualTo(0.90);
      assertThat(reconciled.scores().bcubedF1()).as(order.name()).isGreaterThan(asAssigned.scores().bcubedF1());
    }
  }
}
