package dev.parallax.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.parallax.eval.rouge.MetricAverage;

/**
 * Result of {@link SummarizationEval#run}: one section per ROUGE configuration.
 *
 * @param dataset  the folder evaluated
 * @param clusters ids of the clusters scored, in order
 * @param results  one result per configuration, in the order asked
 * @param notes    clusters skipped or summaries that failed, for the reader
 */
public record SummarizationReport(String dataset, List<String> clusters, List<ConfigurationResult> results,
                                  List<String> notes) {

    public SummarizationReport {
        clusters = List.copyOf(clusters);
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /**
     * A fixed-width text report: per configuration, average recall / precision / F (in percent) of every measure
     * for ours and the baselines (sorted by ROUGE-2 recall, best first), with our bootstrap intervals. DUC results
     * are conventionally quoted as recall, Multi-News results as F.
     */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append("Summarization evaluation of ").append(dataset).append(": ").append(clusters.size())
                .append(" clusters\n");
        for (ConfigurationResult r : results) {
            b.append('\n').append(r.options()).append('\n').append("resources: ").append(r.resources()).append('\n');
            List<String> metrics = r.ours().averages().stream().map(MetricAverage::metric).toList();
            b.append(String.format(Locale.ROOT, "%-12s", "system"));
            for (String m : metrics) {
                b.append(String.format(Locale.ROOT, " %-23s", m + " R/P/F"));
            }
            b.append('\n');
            List<SystemScores> rows = new ArrayList<>(r.baselines());
            rows.add(r.ours());
            String sortKey = metrics.contains("ROUGE-2") ? "ROUGE-2" : metrics.get(0);
            rows.sort(Comparator.comparingDouble((SystemScores s) -> -s.average(sortKey).mean().recall())
                    .thenComparing(SystemScores::system));
            for (SystemScores s : rows) {
                b.append(String.format(Locale.ROOT, "%-12s", s.system().equals("ours") ? "* ours" : s.system()));
                for (String m : metrics) {
                    MetricAverage a = s.average(m);
                    b.append(String.format(Locale.ROOT, " %6.2f %6.2f %6.2f    ", 100 * a.mean().recall(),
                            100 * a.mean().precision(), 100 * a.mean().f()));
                }
                b.append('\n');
            }
            b.append("ours 95% bootstrap intervals:");
            for (MetricAverage a : r.ours().averages()) {
                b.append(String.format(Locale.ROOT, " %s R [%.2f, %.2f] F [%.2f, %.2f];", a.metric(),
                        100 * a.recallCi().low(), 100 * a.recallCi().high(), 100 * a.fCi().low(),
                        100 * a.fCi().high()));
            }
            b.append('\n');
        }
        notes.forEach(n -> b.append("note: ").append(n).append('\n'));
        return b.toString();
    }
}
