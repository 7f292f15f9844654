package dev.parallax.eval.nlp;

/** True positives, false positives and false negatives, with precision, recall and F1 from them. */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
  /** No counts yet. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts other) {
    return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double ratio(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
