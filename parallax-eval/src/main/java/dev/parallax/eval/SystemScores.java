package dev.parallax.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import dev.parallax.eval.rouge.MetricAverage;
import dev.parallax.eval.rouge.RougeScore;

/**
 * One system's ROUGE scores over a set of clusters under one configuration.
 *
 * @param system     "ours" for the evaluated summarizer, else the published system's name
 * @param averages   per measure: mean over clusters with bootstrap intervals
 * @param perCluster cluster id -> measure -> score
 */
public record SystemScores(String system, List<MetricAverage> averages,
                           SortedMap<String, Map<String, RougeScore>> perCluster) {

    /** The average of one measure, if computed. */
    public MetricAverage average(String metric) {
        return averages.stream().filter(a -> a.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + metric));
    }
}
