package dev.parallax.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A gate on real newswire when the shared data is beside the repository: the detector finds every copy pair
 * the rule accepts among DUC 2004's documents, links no two topics, and finds the structural reprints.
 */
class CopyEvalOnDucTest {
  private static final Path DUC2004 = Path.of(System.getProperty("parallax.data", "../../shared/data"), "duc2004");

  @Test
  void duc2004_everyCopyPairFound_noLinkAcrossTopics_reprintsFound() {
    Assumptions.assumeTrue(Files.isDirectory(DUC2004.resolve("docs")), "DUC 2004 data absent");

    CopyReport report = CopyEval.run(List.of(DUC2004), new CopyEval.Options(1, 60, CopyEval.Options.defaults().config()));

    assertThat(report.natural().rulePairs()).isPositive();
    assertThat(report.natural().candidateRecall()).isEqualTo(1.0);
    assertThat(report.natural().acrossStories()).isZero();
    assertThat(report.sampled()).isEqualTo(60);
    for (CopyReport.VariantRow row : report.variants()) {
      assertThat(row.falseLinks()).as(row.variant()).isZero();
      if (!row.variant().contains("words edited") || row.variant().startsWith("2%")) {
        assertThat(row.recall()).as(row.variant()).isGreaterThanOrEqualTo(0.98);
        assertThat(row.originalRight()).as(row.variant()).isEqualTo(row.dated());
      }
    }
  }
}
