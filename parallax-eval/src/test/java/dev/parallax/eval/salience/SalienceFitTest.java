package dev.parallax.eval.salience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.eval.rouge.RougeScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SalienceFitTest {
  /** A candidate whose R-2 precision is exp(0.8 a - 0.3 b + level) - 0.05, level set by its cluster. */
  private static SalienceFit.Example example(String cluster, double level, double a, double b) {
    double precision = Math.exp(0.8 * a - 0.3 * b + level) - SalienceFit.TARGET_FLOOR;
    return new SalienceFit.Example(cluster, List.of(a, b), RougeScore.ZERO, new RougeScore(0, precision, 0));
  }

  @Test
  void fit_recoversWeightsWithinClusters_whateverEachClusterLevel() {
    Random random = new Random(7);
    List<SalienceFit.Example> examples = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      for (int i = 0; i < 40; i++) {
        examples.add(example("c" + c, -2.0 + 0.4 * c, random.nextDouble(), random.nextDouble()));
      }
    }
    SalienceFit.Fit fit = SalienceFit.fit(examples, SalienceFit.Target.R2_PRECISION);
    assertThat(fit.weights().get(0)).isCloseTo(0.8, within(1e-6));
    assertThat(fit.weights().get(1)).isCloseTo(-0.3, within(1e-6));
    assertThat(fit.r2()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void fit_withoutExamples_fails() {
    assertThatThrownBy(() -> SalienceFit.fit(List.of(), SalienceFit.Target.R2_PRECISION))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void solve_singularSystem_saysWhy() {
    assertThatThrownBy(() -> SalienceFit.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2}))
        .hasMessageContaining("singular");
  }
}
