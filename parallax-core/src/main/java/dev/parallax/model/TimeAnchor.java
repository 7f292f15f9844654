package dev.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an article's relative time expressions ("on Friday", "next month") were resolved against.
 *
 * @param date       the publication date, or the date inferred from the text when none was known
 * @param inferred   true when the date was inferred from the article's own dated references
 * @param confidence 0..1: the publication date's confidence, or the inference's
 * @param evidence   where the date came from: the publication date's evidence, or the inference's
 *                   reason quoting the text
 */
public record TimeAnchor(LocalDate date, boolean inferred, double confidence, String evidence) {
  public TimeAnchor {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }
}
