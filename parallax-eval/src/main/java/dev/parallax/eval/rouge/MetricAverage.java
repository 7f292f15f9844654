package dev.parallax.eval.rouge;

/**
 * The average of one ROUGE measure over topics, with bootstrap intervals like ROUGE-1.5.5's
 * {@code Average_R: x (95%-conf.int. lo - hi)} lines.
 *
 * @param metric      "ROUGE-1" ... "ROUGE-4", "ROUGE-L"
 * @param mean        mean recall, precision and F over topics (ROUGE's {@code -t 0})
 * @param recallCi    interval of the mean recall
 * @param precisionCi interval of the mean precision
 * @param fCi         interval of the mean F
 * @param topics      number of topics averaged
 */
public record MetricAverage(String metric, RougeScore mean, ConfidenceInterval recallCi,
                            ConfidenceInterval precisionCi, ConfidenceInterval fCi, int topics) {
}
