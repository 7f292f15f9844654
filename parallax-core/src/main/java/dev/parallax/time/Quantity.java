package dev.parallax.time;

import java.util.Objects;

/**
 * A number in a text, with its unit and what it counts: "$2.5 billion" (2.5e9, USD), "64 of the 122
 * seats" (64 seats, 122 seats), "three Americans" (3 Americans), "12 percent" (12, %).
 *
 * @param start offset of the first character (inclusive)
 * @param end offset after the last character (exclusive); the span covers the number, its currency
 *     sign, scale word and unit, not the counted noun
 * @param text the covered text
 * @param value the number, scale words applied ("2.5 billion" is 2.5e9)
 * @param unit a currency code (USD, EUR, GBP, JPY), "%" or a measure (km, miles, tons, ...); empty
 *     when the number is a plain count
 * @param counted the noun the number counts ("seats", "Americans"), empty when none follows
 * @param bound what a qualifier before the number says: "more than 200" is {@link Bound#MORE_THAN},
 *     "about 300" {@link Bound#APPROX}; the qualifier is not part of the span
 * @param qualifier the qualifier exactly as written up to the span ({@code "more than "}), so that
 *     {@code qualifier + text} is verbatim in the tagged text; empty when exact
 */
public record Quantity(int start, int end, String text, double value, String unit, String counted, Bound bound,
    String qualifier) {

  /** Checks the span and fills absent strings. */
  public Quantity {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    Objects.requireNonNull(text, "text");
    unit = unit == null ? "" : unit;
    counted = counted == null ? "" : counted;
    bound = bound == null ? Bound.EXACT : bound;
    qualifier = qualifier == null ? "" : qualifier;
  }

  /** An exact quantity. */
  public Quantity(int start, int end, String text, double value, String unit, String counted) {
    this(start, end, text, value, unit, counted, Bound.EXACT, "");
  }

  /** The number with its qualifier, as written: "more than 200". */
  public String qualifiedText() {
    return qualifier + text;
  }

  /** True for money: the unit is a currency code. */
  public boolean isMoney() {
    return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
  }
}
