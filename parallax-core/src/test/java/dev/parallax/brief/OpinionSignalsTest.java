package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpinionSignalsTest {
  @Test
  void isOpinion_polemicWithLoadedWords_isOpinion() {
    assertThat(OpinionSignals.isOpinion(
        "We were told for years the bridge was safe. What a shameful, disastrous farce! "
            + "Our ministers should be ashamed, and you should be furious.")).isTrue();
  }

  @Test
  void isOpinion_questionAndAnswerExplainer_isNot() {
    assertThat(OpinionSignals.isOpinion(
        "Why was the bridge closed? Inspectors found cracks in a bearing. How long will it last? "
            + "The ministry expects it to reopen by the end of the year. Can you cycle across? No.")).isFalse();
  }

  @Test
  void isOpinion_plainReportQuotingAnAngryResident_isNot() {
    assertThat(OpinionSignals.isOpinion(
        "The bridge closed on Tuesday after cracks were found. \"It is a shameful disaster and we are furious,\" "
            + "said one resident. The ministry said repairs would take six weeks.")).isFalse();
  }
}
