package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Outlets that give different values for the same thing: 212 homes damaged against 190, a
 * reopening "by year's end" against "late February next year".
 *
 * @param about  what the values are of: a counted noun ("homes"), "amount ($)", or for a date the
 *               verb it dates ("reopen")
 * @param kind   {@link #NUMBER} or {@link #DATE}
 * @param values each value with the sentences that give it, in order of first report
 */
public record Conflict(String about, String kind, List<ConflictValue> values) {
  /** Values that count or measure the same thing. */
  public static final String NUMBER = "number";
  /** Dates of the same event. */
  public static final String DATE = "date";

  public Conflict {
    Objects.requireNonNull(about, "about");
    kind = kind == null ? NUMBER : kind;
    if (values.size() < 2) {
      throw new IllegalArgumentException("a conflict needs at least two values about " + about);
    }
    values = List.copyOf(values);
  }

  /** A conflict of numbers. */
  public Conflict(String about, List<ConflictValue> values) {
    this(about, NUMBER, values);
  }
}
