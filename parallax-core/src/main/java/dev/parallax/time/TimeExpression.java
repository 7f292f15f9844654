package dev.parallax.time;

import java.util.Objects;

/**
 * One time expression found in a text, normalised the TimeML way.
 *
 * @param start offset of the first character in the tagged text (inclusive)
 * @param end offset after the last character (exclusive)
 * @param text the covered text, {@code text.substring(start, end)}
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value: {@code 2026-03-14}, {@code 2026-W11}, {@code 2026-Q1},
 *     {@code 199} (a decade), {@code P7M}, {@code PRESENT_REF}, {@code XXXX-WXX-5} when no anchor
 * @param mod the TIMEX3 mod ({@code START}, {@code MID}, {@code END}, {@code APPROX},
 *     {@code MORE_THAN}, ...), or the empty string when there is none
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, String mod) {

  /** Checks the span and fills absent values. */
  public TimeExpression {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    mod = mod == null ? "" : mod;
  }

  /** An expression without a mod. */
  public TimeExpression(int start, int end, String text, TimexType type, String value) {
    this(start, end, text, type, value, "");
  }
}
