package dev.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an article was published (or last modified), with where that came from.
 *
 * @param date       the calendar date
 * @param evidence   the source of the value, e.g. {@code meta:article:published_time},
 *                   {@code json-ld:datePublished}, {@code declared:published}, {@code text:Published line}
 * @param confidence 0..1, how far the evidence is trusted
 */
public record PublicationDate(LocalDate date, String evidence, double confidence) {
  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }
}
