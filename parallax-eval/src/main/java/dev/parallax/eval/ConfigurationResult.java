package dev.parallax.eval;

import java.util.List;

/**
 * Scores of our summarizer, and of the published baselines, under one ROUGE configuration.
 *
 * @param options   the configuration as ROUGE-1.5.5 flags
 * @param resources which exception/stopword lists were loaded (plain Porter when none)
 * @param ours      our summarizer's scores
 * @param baselines published systems' scores on the same clusters, sorted by name (empty if not asked for)
 */
public record ConfigurationResult(String options, String resources, SystemScores ours, List<SystemScores> baselines) {

    public ConfigurationResult {
        baselines = List.copyOf(baselines);
    }
}
