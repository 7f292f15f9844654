package dev.parallax.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date guessed from an article's own text, because the article did not say when it
 * was published.
 *
 * @param date the guessed date
 * @param confidence 0..1: how much the guess can be trusted (a dateline with weekday, month, day
 *     and year scores high; a bare year low)
 * @param evidence a short human-readable reason, quoting the text it was read from
 */
public record InferredDate(LocalDate date, double confidence, String evidence) {

  /** Checks the fields. */
  public InferredDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }
}
