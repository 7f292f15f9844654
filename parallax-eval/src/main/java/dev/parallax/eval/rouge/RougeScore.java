package dev.parallax.eval.rouge;

/**
 * Recall, precision and F of one ROUGE measure.
 *
 * @param recall    matched units over reference units
 * @param precision matched units over summary units
 * @param f         ROUGE's weighted F: {@code 1 / (alpha/P + (1-alpha)/R)}, 0 when either is 0
 */
public record RougeScore(double recall, double precision, double f) {

    /** All zero. */
    public static final RougeScore ZERO = new RougeScore(0, 0, 0);

    /**
     * Scores from raw hit counts, with ROUGE-1.5.5's F formula.
     *
     * @param hits           matched units
     * @param referenceUnits units in the reference(s)
     * @param summaryUnits   units in the summary (counted once per reference when pooled)
     * @param alpha          precision weight
     */
    public static RougeScore fromCounts(double hits, double referenceUnits, double summaryUnits, double alpha) {
        double recall = referenceUnits > 0 ? hits / referenceUnits : 0;
        double precision = summaryUnits > 0 ? hits / summaryUnits : 0;
        return new RougeScore(recall, precision, fMeasure(recall, precision, alpha));
    }

    /**
     * ROUGE-1.5.5's F, {@code 1 / (alpha/P + (1-alpha)/R)}: alpha 0.5 gives the harmonic mean F1, alpha near 1
     * approaches precision, alpha near 0 approaches recall.
     */
    public static double fMeasure(double recall, double precision, double alpha) {
        if (recall <= 0 || precision <= 0) {
            return 0;
        }
        return recall * precision / (alpha * recall + (1 - alpha) * precision);
    }
}
