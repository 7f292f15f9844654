package dev.parallax.cluster;

/** Temporary: lets an experiment driver swap the combination model. */
public final class ExperimentHooks {
  private ExperimentHooks() {}

  /** Sets the mentioned-day factor's grace and half-life (grace < 0: off). */
  public static void eventTime(double grace, double halfLife) {
    StorySimilarity.EVENT_TIME = new double[] {grace, halfLife};
  }

  public static void bonus(double[] b) {
    StorySimilarity.BONUS = java.util.Arrays.copyOf(b, 9);
  }

  public static void anchor(double[] a) {
    StorySimilarity.ANCHOR = a.clone();
  }

  /** Sets the logistic model, or null for the old linear mix. */
  public static void model(double[] interceptAndWeights) {
    if (interceptAndWeights == null) {
      StorySimilarity.MODEL = null;
      return;
    }
    double[] w = java.util.Arrays.copyOfRange(interceptAndWeights, 1, interceptAndWeights.length);
    StorySimilarity.MODEL = new SameEventModel(interceptAndWeights[0], w);
  }
}
