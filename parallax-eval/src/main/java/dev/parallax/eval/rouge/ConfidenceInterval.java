package dev.parallax.eval.rouge;

/**
 * A bootstrap percentile interval of an average score.
 *
 * @param low  lower bound
 * @param high upper bound
 */
public record ConfidenceInterval(double low, double high) {
}
