package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnchorInferenceTest {
  private final TimeTagger tagger = new TimeTagger();

  @Test
  void inferAnchor_checkedDateline_isConfident() {
    InferredDate date = tagger.inferAnchor("Tuesday, March 10, 2026. The Orlen council met again.").orElseThrow();
    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(date.confidence()).isGreaterThanOrEqualTo(0.85);
    assertThat(date.evidence()).contains("March 10, 2026");
  }

  @Test
  void inferAnchor_severalDates_takesTheLatestOutsideFutureSentences() {
    InferredDate date = tagger.inferAnchor("The mill closed on Feb. 2, 2026. Workers protested on March 3, 2026. "
        + "A hearing will take place on May 20, 2026.").orElseThrow();
    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void inferAnchor_weekdayWithoutYear_picksAYearWhereTheWeekdayFits() {
    InferredDate date = tagger.inferAnchor("The plan dates from 2025. On Tuesday, March 10 the council met.")
        .orElseThrow();
    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void inferAnchor_onlyAYear_isWeak() {
    InferredDate date = tagger.inferAnchor("The mill has been closed since 2019.").orElseThrow();
    assertThat(date.confidence()).isLessThan(0.3);
  }

  @Test
  void inferAnchor_noDates_isEmpty() {
    assertThat(tagger.inferAnchor("The mill is closed.")).isEmpty();
  }

  @Test
  void inferAnchor_publishedLabel_winsOverLaterDates() {
    InferredDate date = tagger.inferAnchor("Published 3/10/2026 10:32 AM. The Orlen mill closed on March 12, 2026 "
        + "after a vote.").orElseThrow();
    assertThat(date.date()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(date.evidence()).contains("published");
  }
}
