package dev.parallax.eval.cluster;

import java.util.List;

/**
 * One system's clustering of the pool.
 *
 * @param system      what produced it, e.g. {@code parallax (random order)} or {@code carrot2 lingo}
 * @param order       the arrival order, or {@code null} for batch methods
 * @param scores      the scores against the true stories
 * @param millis      wall time of the clustering itself (analysis excluded)
 * @param assignments every document's story, in arrival order
 */
public record SystemResult(String system, ArrivalOrder order, ClusteringScores scores, long millis,
                           List<Assignment> assignments) {
    public SystemResult {
        assignments = List.copyOf(assignments);
    }
}
