package dev.parallax.eval;

/**
 * Our ROUGE scores of one published system against the official ROUGE-1.5.5 output, for one measure.
 *
 * @param system            system name as in the output file
 * @param metric            "ROUGE-1" ...
 * @param topics            topics compared (those with both a published row and a peer summary)
 * @param ourMeanRecall     our recall averaged over those topics
 * @param publishedMeanRecall the published per-topic recalls averaged over the same topics
 * @param publishedAverage  the file's own {@code Average_R} (over every topic ROUGE was run on), NaN if absent
 * @param maxRecallDiff     largest |ours - published| recall over the topics
 * @param maxPrecisionDiff  largest |ours - published| precision
 * @param maxFDiff          largest |ours - published| F
 * @param worstTopic        topic with the largest recall difference
 * @param topicsWithin      topics whose recall, precision and F are all within the tolerance
 */
public record SystemComparison(String system, String metric, int topics, double ourMeanRecall,
                               double publishedMeanRecall, double publishedAverage, double maxRecallDiff,
                               double maxPrecisionDiff, double maxFDiff, String worstTopic, int topicsWithin) {
}
