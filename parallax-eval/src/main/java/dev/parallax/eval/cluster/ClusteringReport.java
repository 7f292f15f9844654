package dev.parallax.eval.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of {@link ClusteringEval}: the pool, what could not be read, and each system's scores.
 *
 * @param sets          the paths pooled
 * @param documents     documents in the pool
 * @param trueStories   true stories in the pool
 * @param rejections    documents extraction rejected, with the reason: no system clusters them; the main scores
 *                      leave them out, {@link #wholePoolScores} counts each as a story of its own
 * @param analysisMillis wall time of extraction and analysis of the whole pool
 * @param seed          the shuffle seed
 * @param results       Parallax per order, then the comparison systems
 */
public record ClusteringReport(List<String> sets, int documents, int trueStories,
                               List<PoolExtraction.Rejection> rejections, long analysisMillis, long seed,
                               List<SystemResult> results) {
    /** The story a rejected document is given in the whole-pool scores and the JSONL: one of its own. */
    static final String REJECTED_STORY_PREFIX = "rejected:";

    public ClusteringReport {
        sets = List.copyOf(sets);
        rejections = List.copyOf(rejections);
        results = List.copyOf(results);
    }

    /**
     * A system's scores over every pool document, each rejected one counted as a story of its own: what a scorer
     * that reads the whole pool sees (the rejected documents' true stories lose recall).
     */
    public ClusteringScores wholePoolScores(SystemResult result) {
        Map<String, String> gold = new HashMap<>();
        Map<String, String> found = new HashMap<>();
        for (Assignment a : result.assignments()) {
            gold.put(a.doc(), a.gold());
            found.put(a.doc(), a.story());
        }
        for (PoolExtraction.Rejection r : rejections) {
            gold.put(r.document().id(), r.document().gold());
            found.put(r.document().id(), REJECTED_STORY_PREFIX + r.document().id());
        }
        return ClusteringScores.of(gold, found);
    }

    /** A plain-text table of the scores. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Pool: %d documents, %d true stories, from %s (seed %d)%n",
                documents, trueStories, String.join(", ", sets), seed));
        out.append(String.format(Locale.ROOT, "Not extracted (left out): %d; extraction + analysis %.1f s%n",
                rejections.size(), analysisMillis / 1000.0));
        for (PoolExtraction.Rejection r : rejections) {
            out.append("  ").append(r).append('\n');
        }
        table(out, false);
        if (!rejections.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nThe whole pool (%d documents), each one not extracted counted as a story of its own:%n",
                    documents));
            table(out, true);
        }
        return out.toString();
    }

    private void table(StringBuilder out, boolean wholePool) {
        out.append(String.format(Locale.ROOT, "%-40s %7s %7s %7s   %7s %7s %7s   %6s %6s %8s%n",
                "system", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "found", "true", "ms"));
        for (SystemResult r : results) {
            ClusteringScores s = wholePool ? wholePoolScores(r) : r.scores();
            out.append(String.format(Locale.ROOT, "%-40s %7.4f %7.4f %7.4f   %7.4f %7.4f %7.4f   %6d %6d %8d%n",
                    r.system(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(),
                    s.pairPrecision(), s.pairRecall(), s.pairF1(), s.foundStories(), s.trueStories(), r.millis()));
        }
    }

    /**
     * Writes one JSON line per pool document and system: {@code {"doc", "gold", "story", "system", "order"}}. A
     * document extraction rejected has a story of its own ({@code "rejected:<doc>"}) and a {@code "rejected"} field
     * with the reason, so a scorer can count it or leave it out.
     */
    public void writeJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SystemResult r : results) {
                for (Assignment a : r.assignments()) {
                    write(w, line(json, a.doc(), a.gold(), a.story(), r));
                }
                for (PoolExtraction.Rejection rejection : rejections) {
                    GoldDocument doc = rejection.document();
                    write(w, line(json, doc.id(), doc.gold(), REJECTED_STORY_PREFIX + doc.id(), r)
                            .put("rejected", rejection.reason()));
                }
            }
        }
    }

    private static ObjectNode line(ObjectMapper json, String doc, String gold, String story, SystemResult r) {
        ObjectNode line = json.createObjectNode();
        line.put("doc", doc);
        line.put("gold", gold);
        line.put("story", story);
        line.put("system", r.system());
        if (r.order() != null) {
            line.put("order", r.order().name().toLowerCase(Locale.ROOT));
        }
        return line;
    }

    private static void write(BufferedWriter w, ObjectNode line) throws IOException {
        w.write(line.toString());
        w.newLine();
    }
}
