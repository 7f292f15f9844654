package dev.parallax.cluster;

/**
 * Combines {@link SameEventFeatures} into one same-event score in (0,1): a logistic regression,
 * {@code 1 / (1 + exp(-(intercept + weights · features)))}.
 */
final class SameEventModel {
  private final double intercept;
  private final double[] weights;

  SameEventModel(double intercept, double[] weights) {
    if (weights.length != SameEventFeatures.NAMES.size()) {
      throw new IllegalArgumentException("need " + SameEventFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.intercept = intercept;
    this.weights = weights.clone();
  }

  /** Experiment hook: "b,w1,...,w9" from the system property parallax.cluster.model, else null. */
  static SameEventModel fromProperty() {
    String spec = System.getProperty("parallax.cluster.model");
    if (spec == null || spec.isBlank()) {
      return null;
    }
    String[] parts = spec.split(",");
    double[] w = new double[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      w[i - 1] = Double.parseDouble(parts[i].strip());
    }
    return new SameEventModel(Double.parseDouble(parts[0].strip()), w);
  }

  double probability(SameEventFeatures features) {
    double[] x = features.vector();
    double z = intercept;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
