package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Outlets that give different values for the same thing: 212 homes damaged against 190, a
 * reopening "by year's end" against "late February next year".
 *
 * @param about  what the values are of: a counted noun ("homes"), "amount ($)", for a date the
 *               verb it dates ("reopen"), for a place the word it locates ("crashed"), for a stance
 *               the verb affirmed and denied ("sign") or the pair of opposite verbs ("approved/rejected")
 * @param kind   {@link #NUMBER}, {@link #DATE}, {@link #PLACE}, {@link #NAME} or {@link #STANCE}
 * @param values each value with the sentences that give it, in order of first report
 */
public record Conflict(String about, String kind, List<ConflictValue> values) {
  /** Values that count or measure the same thing. */
  public static final String NUMBER = "number";
  /** Dates of the same event. */
  public static final String DATE = "date";
  /** Places of the same event: the value is the place as written, normalised to its canonical name. */
  public static final String PLACE = "place";
  /**
   * People (or organisations) named in the same role: the value is the name as written, normalised
   * to its canonical name; {@code about} is the role ("pilot", "police chief", "led by").
   */
  public static final String NAME = "name";
  /** One claim affirmed and denied: the value is the stance words as written, normalised to "affirmed" or "denied". */
  public static final String STANCE = "stance";

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
