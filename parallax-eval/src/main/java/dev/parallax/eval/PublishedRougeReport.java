package dev.parallax.eval;

import java.util.List;
import java.util.Locale;

/**
 * Outcome of {@link PublishedRougeCheck}: per system and measure, our scores next to the official ones.
 *
 * @param options     the ROUGE options used, as ROUGE-1.5.5 flags
 * @param resources   which exception/stopword lists were loaded
 * @param tolerance   the per-topic tolerance counted in {@link SystemComparison#topicsWithin()}
 * @param comparisons one row per system and measure, sorted by system then measure
 * @param notes       anything that could not be compared (missing peers, unknown systems)
 */
public record PublishedRougeReport(String options, String resources, double tolerance,
                                   List<SystemComparison> comparisons, List<String> notes) {

    public PublishedRougeReport {
        comparisons = List.copyOf(comparisons);
        notes = List.copyOf(notes);
    }

    /** True when every per-topic recall, precision and F of the given measure is within the tolerance. */
    public boolean allWithin(String metric) {
        List<SystemComparison> rows = comparisons.stream().filter(c -> c.metric().equals(metric)).toList();
        return !rows.isEmpty() && rows.stream().allMatch(c -> c.topicsWithin() == c.topics());
    }

    /** Largest per-topic recall difference of a measure over all systems. */
    public double maxRecallDiff(String metric) {
        return comparisons.stream().filter(c -> c.metric().equals(metric))
                .mapToDouble(SystemComparison::maxRecallDiff).max().orElse(Double.NaN);
    }

    /** A fixed-width text table, one line per system and measure. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("ROUGE reproduction check: ").append(options).append('\n');
        b.append("resources: ").append(resources).append('\n');
        b.append(String.format(Locale.ROOT, "%-11s %-8s %6s %9s %9s %9s %9s %9s %9s %-8s %s%n", "system", "metric",
                "topics", "ours_R", "pub_R", "pub_all", "maxdR", "maxdP", "maxdF", "worst",
                "within " + tolerance));
        for (SystemComparison c : comparisons) {
            b.append(String.format(Locale.ROOT, "%-11s %-8s %6d %9.5f %9.5f %9.5f %9.5f %9.5f %9.5f %-8s %d/%d%n",
                    c.system(), c.metric(), c.topics(), c.ourMeanRecall(), c.publishedMeanRecall(),
                    c.publishedAverage(), c.maxRecallDiff(), c.maxPrecisionDiff(), c.maxFDiff(), c.worstTopic(),
                    c.topicsWithin(), c.topics()));
        }
        notes.forEach(n -> b.append("note: ").append(n).append('\n'));
        return b.toString();
    }
}
