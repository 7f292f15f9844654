package dev.parallax.time;

/**
 * What a number's qualifier says about the true value: "more than 200" is a lower bound, "about
 * 300" an approximation, a bare "212" exact. Named after TimeML's mods.
 */
public enum Bound {
  EXACT,
  /** "more than", "over", "above", "in excess of". */
  MORE_THAN,
  /** "at least", "no fewer than", "a minimum of". */
  EQUAL_OR_MORE,
  /** "fewer than", "less than", "under", "below". */
  LESS_THAN,
  /** "up to", "at most", "as many as", "no more than", "a maximum of". */
  EQUAL_OR_LESS,
  /** "about", "around", "roughly", "nearly", "almost", "some". */
  APPROX;

  /** Whether a true value {@code exact} fits "this bound of {@code stated}", with {@code slack} for APPROX. */
  public boolean admits(double stated, double exact, double slack) {
    return switch (this) {
      case EXACT -> stated == exact;
      case MORE_THAN -> exact > stated;
      case EQUAL_OR_MORE -> exact >= stated;
      case LESS_THAN -> exact < stated;
      case EQUAL_OR_LESS -> exact <= stated;
      case APPROX -> Math.abs(exact - stated) <= slack * Math.max(Math.abs(stated), Math.abs(exact));
    };
  }
}
