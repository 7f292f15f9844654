package dev.parallax.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Zyte benchmark metric's conventions, on made-up texts. */
class ShingleScorerTest {
  @Test
  void tokens_pythonWordCharacters_lettersNumbersUnderscoreAnyScript() {
    assertThat(ShingleScorer.tokens("Ferry's 2nd run—ok? snake_case Überfahrt ½ 東京 x²"))
        .containsExactly("Ferry", "s", "2nd", "run", "ok", "snake_case", "Überfahrt", "½", "東京", "x²");
  }

  @Test
  void tokens_combiningMarkSplitsTheWordAsInPython() {
    // "e" + COMBINING ACUTE: the mark is not \w in Python's str regex.
    assertThat(ShingleScorer.tokens("cafe\u0301 au lait")).containsExactly("cafe", "au", "lait");
  }

  @Test
  void shingles_shortText_oneShorterShingle_emptyText_none() {
    assertThat(ShingleScorer.shingles("tide is high")).containsOnlyKeys("tide\u0000is\u0000high");
    assertThat(ShingleScorer.shingles("")).isEmpty();
    assertThat(ShingleScorer.shingles("a b c d e")).hasSize(2);
  }

  @Test
  void match_countsAreNormalisedMultisetOverlaps() {
    ShingleScorer.PageMatch m = ShingleScorer.match("a b c d e f", "a b c d e x y");

    // truth shingles: abcd bcde cdef; predicted: abcd bcde cdex dexy -> tp 2, fp 2, fn 1
    assertThat(m.tp()).isCloseTo(2 / 5.0, within(1e-12));
    assertThat(m.fp()).isCloseTo(2 / 5.0, within(1e-12));
    assertThat(m.fn()).isCloseTo(1 / 5.0, within(1e-12));
    assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void aggregate_emptyPredictionCostsRecallNotPrecision() {
    ShingleScorer.PageMatch perfect = ShingleScorer.match("one two three four five", "one two three four five");
    ShingleScorer.PageMatch empty = ShingleScorer.match("one two three four five", "");

    ShingleScorer.Scores s = ShingleScorer.aggregate(List.of(perfect, empty));

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(s.emptyPredictions()).isEqualTo(1);
    assertThat(s.accuracy()).isEqualTo(0.5);
  }

  @Test
  void aggregate_bothEmpty_entersNeitherMean() {
    ShingleScorer.PageMatch both = ShingleScorer.match("", "");
    ShingleScorer.PageMatch half = ShingleScorer.match("a b c d e f", "a b c d e x y");

    ShingleScorer.Scores s = ShingleScorer.aggregate(List.of(both, half));

    assertThat(both.precision()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void match_unigrams_bagOfTokens() {
    ShingleScorer.PageMatch m = ShingleScorer.match("the tide the moon", "the moon", 1);

    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isCloseTo(0.5, within(1e-12));
  }
}
