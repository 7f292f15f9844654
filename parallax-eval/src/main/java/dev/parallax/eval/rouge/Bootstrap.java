package dev.parallax.eval.rouge;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded bootstrap of a mean over topics, as ROUGE-1.5.5's {@code -c}/{@code -r} options do: draw the topics
 * with replacement {@code resamples} times, average each draw, and read the interval off the sorted averages.
 * ROUGE's own draws are unseeded; ours are seeded so the same input always gives the same interval.
 */
public final class Bootstrap {

    private final double confidence;
    private final int resamples;
    private final long seed;

    /**
     * @param confidence e.g. 0.95
     * @param resamples  e.g. 1000 (0 gives the degenerate interval [mean, mean])
     * @param seed       random seed
     */
    public Bootstrap(double confidence, int resamples, long seed) {
        this.confidence = confidence;
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * Intervals for several parallel series (recall, precision, F of the same topics), all resampled with the
     * same draws so that the three intervals describe the same bootstrap samples.
     *
     * @param series equally long value arrays, one per quantity
     * @return one interval per series, in order
     */
    public List<ConfidenceInterval> intervals(List<double[]> series) {
        int n = series.isEmpty() ? 0 : series.get(0).length;
        if (n == 0) {
            return series.stream().map(s -> new ConfidenceInterval(0, 0)).toList();
        }
        if (resamples == 0) {
            return series.stream().map(s -> {
                double m = Arrays.stream(s).average().orElse(0);
                return new ConfidenceInterval(m, m);
            }).toList();
        }
        double[][] means = new double[series.size()][resamples];
        SplittableRandom random = new SplittableRandom(seed);
        int[] draw = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                draw[i] = random.nextInt(n);
            }
            for (int s = 0; s < series.size(); s++) {
                double sum = 0;
                for (int index : draw) {
                    sum += series.get(s)[index];
                }
                means[s][r] = sum / n;
            }
        }
        double tail = (1 - confidence) / 2;
        int lowIndex = (int) Math.floor(resamples * tail);
        int highIndex = Math.min(resamples - 1, (int) Math.floor(resamples * (1 - tail)));
        return Arrays.stream(means).map(m -> {
            Arrays.sort(m);
            return new ConfidenceInterval(m[lowIndex], m[highIndex]);
        }).toList();
    }
}
