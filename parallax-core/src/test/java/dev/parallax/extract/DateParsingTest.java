package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateParsingTest {
  private static final LocalDate MARCH_14 = LocalDate.of(2026, 3, 14);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-14",
        "2026-03-14T09:12:00+01:00",
        "2026-03-14T23:30:00-05:00",
        "2026-03-14T09:12:00Z",
        "2026-03-14 09:12",
        "2026/03/14",
        "14 March 2026",
        "14th March 2026",
        "14 Mar 2026",
        "Saturday, 14 March 2026",
        "March 14, 2026",
        "Mar. 14, 2026",
        "march 14 2026",
        "Published 14 March 2026, 09:12",
        "Updated: Mar 14, 2026 at 9:12 a.m."
      })
  void find_supportedFormats_dateAsWritten(String text) {
    assertThat(DateParsing.find(text)).contains(MARCH_14);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "no date here", "2026-02-30", "31 Febuary 2026", "14/03/2026", "March 2026"})
  void find_invalidOrAmbiguous_empty(String text) {
    assertThat(DateParsing.find(text)).isEmpty();
  }

  @Test
  void find_severalDates_earliestWrittenWins() {
    assertThat(DateParsing.find("Updated 15 March 2026; first published 2026-03-14"))
        .contains(LocalDate.of(2026, 3, 15));
  }

  @Test
  void isDateOnly_dateLineVersusSentence() {
    assertThat(DateParsing.isDateOnly("Tuesday 14 March 2026 09:12 GMT")).isTrue();
    assertThat(DateParsing.isDateOnly("2026-03-14")).isTrue();
    assertThat(DateParsing.isDateOnly("The bridge closed on 14 March 2026.")).isFalse();
  }
}
