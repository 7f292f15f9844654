package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.time.RelativeResolver.Direction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeResolverTest {
  private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 14);

  @Test
  void weekday_lastAndNext_areStrictlyBeforeAndAfter() {
    assertThat(RelativeResolver.weekday(SATURDAY, DayOfWeek.SATURDAY, Direction.LAST, Tense.NONE))
        .isEqualTo(LocalDate.of(2026, 3, 7));
    assertThat(RelativeResolver.weekday(SATURDAY, DayOfWeek.SATURDAY, Direction.NEXT, Tense.NONE))
        .isEqualTo(LocalDate.of(2026, 3, 21));
  }

  @Test
  void monthDay_futureTense_takesTheComingOne() {
    assertThat(RelativeResolver.monthDay(SATURDAY, 1, 5, Tense.FUTURE)).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(RelativeResolver.monthDay(SATURDAY, 1, 5, Tense.NONE)).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void quarter_tiesGoToThePast() {
    // anchor in Q1: Q3 is two quarters either way
    assertThat(RelativeResolver.quarter(SATURDAY, 3)).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void month_withoutCue_takesTheNearest() {
    assertThat(RelativeResolver.month(SATURDAY, 5, Direction.NONE, Tense.NONE)).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(RelativeResolver.month(SATURDAY, 11, Direction.NONE, Tense.NONE)).isEqualTo(LocalDate.of(2025, 11, 1));
  }
}
