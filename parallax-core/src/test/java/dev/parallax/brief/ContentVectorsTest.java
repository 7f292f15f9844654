package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentVectorsTest {
  private static final String CLOSED =
      "The Marrow Bridge between Oldport and Fenley closed to all traffic at 7 a.m. on Monday after engineers found cracks in a steel bearing at one of its piers.";
  private static final String SHUT =
      "The bridge was shut at 7am after a routine inspection found cracks in a steel bearing at one of its four piers.";

  @Test
  void overlap_paraphraseWithExtraDetails_sharesMostOfTheShorterSentence() {
    // The cosine misses this pair: the longer sentence's extra details dilute it.
    assertThat(ContentVectors.cosine(ContentVectors.of(CLOSED), ContentVectors.of(SHUT))).isLessThan(0.5);
    assertThat(ContentVectors.overlap(CLOSED, SHUT)).isGreaterThan(0.55);
  }

  @Test
  void overlap_differentFactsOfTheSameStory_isLow() {
    String cost = "The transport ministry has estimated the repair bill for the bridge at $9 million.";
    assertThat(ContentVectors.overlap(CLOSED, cost)).isLessThan(0.3);
  }

  @Test
  void overlap_tooShortToJudge_isZero() {
    assertThat(ContentVectors.overlap("The bridge shut.", SHUT)).isZero();
  }
}
