package dev.parallax.eval.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link ClusteringEval}: the pool, what could not be read, and each system's scores.
 *
 * @param sets          the paths pooled
 * @param documents     documents in the pool
 * @param trueStories   true stories in the pool
 * @param failures      documents extraction rejected ({@code name: reason}); they are left out of every score
 * @param analysisMillis wall time of extraction and analysis of the whole pool
 * @param seed          the shuffle seed
 * @param results       Parallax per order, then the comparison systems
 */
public record ClusteringReport(List<String> sets, int documents, int trueStories, List<String> failures,
                               long analysisMillis, long seed, List<SystemResult> results) {
    public ClusteringReport {
        sets = List.copyOf(sets);
        failures = List.copyOf(failures);
        results = List.copyOf(results);
    }

    /** A plain-text table of the scores. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Pool: %d documents, %d true stories, from %s (seed %d)%n",
                documents, trueStories, String.join(", ", sets), seed));
        out.append(String.format(Locale.ROOT, "Not extracted (left out): %d; extraction + analysis %.1f s%n",
                failures.size(), analysisMillis / 1000.0));
        for (String f : failures) {
            out.append("  ").append(f).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%-40s %7s %7s %7s   %7s %7s %7s   %6s %6s %8s%n",
                "system", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "found", "true", "ms"));
        for (SystemResult r : results) {
            ClusteringScores s = r.scores();
            out.append(String.format(Locale.ROOT, "%-40s %7.4f %7.4f %7.4f   %7.4f %7.4f %7.4f   %6d %6d %8d%n",
                    r.system(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(),
                    s.pairPrecision(), s.pairRecall(), s.pairF1(), s.foundStories(), s.trueStories(), r.millis()));
        }
        return out.toString();
    }

    /**
     * Writes one JSON line per document and system: {@code {"doc", "gold", "story", "system", "order"}}.
     */
    public void writeJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SystemResult r : results) {
                for (Assignment a : r.assignments()) {
                    ObjectNode line = json.createObjectNode();
                    line.put("doc", a.doc());
                    line.put("gold", a.gold());
                    line.put("story", a.story());
                    line.put("system", r.system());
                    if (r.order() != null) {
                        line.put("order", r.order().name().toLowerCase(Locale.ROOT));
                    }
                    w.write(json.writeValueAsString(line));
                    w.newLine();
                }
            }
        }
    }
}
