package dev.parallax.eval.cluster;

import dev.parallax.eval.Csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityEvalTest {
  @Test
  void pearson_perfectlyInverseScores_isMinusOne() {
    List<SimilarityEval.ScoredPair> pairs = List.of(
        new SimilarityEval.ScoredPair("f", "1", 1, 0.9, 0.81),
        new SimilarityEval.ScoredPair("f", "2", 2, 0.6, 0.36),
        new SimilarityEval.ScoredPair("f", "3", 3, 0.3, 0.09));

    assertThat(SimilarityEval.pearson(pairs)).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void pearson_constantScores_isZero() {
    List<SimilarityEval.ScoredPair> pairs = List.of(
        new SimilarityEval.ScoredPair("f", "1", 1, 0.5, 0.25),
        new SimilarityEval.ScoredPair("f", "2", 4, 0.5, 0.25));

    assertThat(SimilarityEval.pearson(pairs)).isZero();
  }

  @Test
  void csvRows_quotedFieldsWithCommasNewlinesAndQuotes_areOneField() {
    List<List<String>> rows = Csv.rows("a,b\n\"x, \"\"y\"\"\nz\",2\n");

    assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, \"y\"\nz", "2"));
  }
}
