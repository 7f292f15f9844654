package dev.parallax.eval.duc;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One DUC topic: its source documents, its reference summaries and, when the folder has them, the
 * summaries published systems produced for it.
 *
 * @param id         lowercase topic id without the trailing {@code t}, e.g. {@code d30001}
 * @param documents  source documents sorted by DOCNO
 * @param references reference summaries sorted by annotator
 * @param peers      system name to its summary lines, sorted by name (empty when there is no {@code peers/})
 */
public record Cluster(String id, List<DucDocument> documents, List<ReferenceSummary> references,
                      SortedMap<String, List<String>> peers) {

    public Cluster {
        documents = List.copyOf(documents);
        references = List.copyOf(references);
        SortedMap<String, List<String>> copy = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : peers.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        peers = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The reference summaries as line lists, the form {@code RougeScorer} takes. */
    public List<List<String>> referenceLines() {
        return references.stream().map(ReferenceSummary::lines).toList();
    }
}
