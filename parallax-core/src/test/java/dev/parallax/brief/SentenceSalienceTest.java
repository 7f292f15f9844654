package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSalienceTest {
  private static final String LEAD = "Crews reopened the Talmore bridge on Friday after 42 days of repairs.";
  private static final String MIDDLE = "The council thanked drivers for their patience during the works.";
  private static final String LAST = "A Talmore baker said trade had fallen sharply while the bridge was shut.";

  private static final AnalyzedArticle GAZETTE = StoryFixtures.article("gazette.txt", "The Harbour Gazette",
      "2031-05-02", "Bridge reopens", LEAD + " " + MIDDLE + " " + LAST);
  private static final AnalyzedArticle POST = StoryFixtures.article("post.txt", "Valley Post", "2031-05-02",
      "Talmore bridge open again", "The Talmore bridge reopened on Friday after repairs.");

  private double[] featuresOf(int sentence) {
    Sentence s = GAZETTE.sentences().get(sentence);
    return new SentenceSalience(List.of(GAZETTE, POST), 1).features(GAZETTE, s, s.text(), 0);
  }

  @Test
  void features_positionInArticle_fromLeadToLast() {
    int relative = SentenceSalience.NAMES.indexOf("relativePosition");
    assertThat(featuresOf(0)[relative]).isZero();
    assertThat(featuresOf(1)[relative]).isEqualTo(0.5);
    assertThat(featuresOf(2)[relative]).isEqualTo(1.0);
    assertThat(featuresOf(0)[SentenceSalience.LEAD]).isCloseTo(Math.log(2), within(1e-12));
  }

  @Test
  void features_spread_isHigherForWordsBothArticlesReport() {
    // The lead's "talmore bridge reopened friday repairs" are in both articles; the council's thanks only in one.
    int spread = SentenceSalience.NAMES.indexOf("stemSpread");
    assertThat(featuresOf(0)[spread]).isGreaterThan(featuresOf(1)[spread]);
    assertThat(featuresOf(1)[spread]).isEqualTo(0.5);
  }

  @Test
  void features_numbersPerWord_countDigits() {
    int numbers = SentenceSalience.NAMES.indexOf("numbersPerWord");
    assertThat(featuresOf(0)[numbers]).isCloseTo(1.0 / 12, within(1e-12));
    assertThat(featuresOf(1)[numbers]).isZero();
  }

  @Test
  void prior_keepsTheLeadPriorForTheLeadSentence() {
    // Two candidates alike but for their lead feature (first vs second sentence): the prior's ratio
    // is the lead prior's, 1 + 1/1 against 1 + 1/2, as the lead weight stays 1.
    double[] first = {0.5, Math.log(2), 0, 2.5, 0.6, 0.3, 0.1, 0};
    double[] second = {0.5, Math.log(1.5), 0, 2.5, 0.6, 0.3, 0.1, 0};
    assertThat(SentenceSalience.prior(first) / SentenceSalience.prior(second)).isCloseTo(2 / 1.5, within(1e-9));
  }
}
