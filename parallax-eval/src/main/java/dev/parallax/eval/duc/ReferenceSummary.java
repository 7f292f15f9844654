package dev.parallax.eval.duc;

import java.util.List;

/**
 * A human-written model summary of a cluster.
 *
 * @param annotator the assessor letter, lowercase (e.g. {@code a})
 * @param lines     the summary as stored, one non-blank line per element (ROUGE treats each line as a sentence)
 */
public record ReferenceSummary(String annotator, List<String> lines) {

    public ReferenceSummary {
        lines = List.copyOf(lines);
    }
}
