package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLexiconTest {
  @Test
  void number_wordsAndDigits_areCounted() {
    assertThat(TimeLexicon.number("seven")).contains(7.0);
    assertThat(TimeLexicon.number("twenty-four")).contains(24.0);
    assertThat(TimeLexicon.number("twenty four")).contains(24.0);
    assertThat(TimeLexicon.number("2.5")).contains(2.5);
    assertThat(TimeLexicon.number("a couple of")).contains(2.0);
  }

  @Test
  void number_vagueCounts_areUnknown() {
    assertThat(TimeLexicon.number("several")).isEmpty();
    assertThat(TimeLexicon.number("a few")).isEmpty();
  }

  @Test
  void month_abbreviationsAndNames_areRecognised() {
    assertThat(TimeLexicon.month("Sept.")).hasValue(9);
    assertThat(TimeLexicon.month("December")).hasValue(12);
    assertThat(TimeLexicon.month("Marchers")).isEmpty();
  }
}
