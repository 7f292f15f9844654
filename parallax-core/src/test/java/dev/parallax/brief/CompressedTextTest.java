package dev.parallax.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompressedTextTest {
  private static final String SOURCE =
      "But about 40,000 vehicles crossed the Talmore bridge every day before it closed, officials said.";

  @Test
  void problem_wordsLeftOutAtTheEdgesAndFirstLetterCapitalised_accepted() {
    assertThat(CompressedText.problem("About 40,000 vehicles crossed the Talmore bridge every day before it closed.", SOURCE))
        .isEmpty();
  }

  @Test
  void problem_alteredNumber_rejected() {
    assertThat(CompressedText.problem("About 400,000 vehicles crossed the Talmore bridge every day.", SOURCE))
        .get().asString().contains("\"400,000\" is not in the source");
  }

  @Test
  void problem_swappedOrInventedWords_rejected() {
    assertThat(CompressedText.problem("About 40,000 vehicles crossed the Danby bridge every day.", SOURCE)).isPresent();
    assertThat(CompressedText.problem("Talmore bridge the crossed vehicles 40,000 about.", SOURCE)).isPresent();
  }

  @Test
  void problem_negationOrNumberLeftOut_rejected() {
    assertThat(CompressedText.problem("The council did approve the repairs.", "The council did not approve the repairs."))
        .get().asString().contains("negation \"not\"");
    assertThat(CompressedText.problem("About vehicles crossed the Talmore bridge every day.", SOURCE))
        .get().asString().contains("number \"40,000\"");
  }

  @Test
  void problem_caseChangedInsideTheSentence_rejected() {
    assertThat(CompressedText.problem("About 40,000 Vehicles crossed the Talmore bridge.", SOURCE)).isPresent();
  }
}
