package dev.parallax.eval;

import java.nio.file.Path;
import java.util.List;

import dev.parallax.eval.duc.MultiLingLayout;
import dev.parallax.eval.rouge.RougeOptions;

/**
 * Settings of a summarization evaluation run.
 *
 * @param configurations    ROUGE settings to score under, each reported separately (e.g. 100 words and 665 bytes)
 * @param rougeData         folder with the ROUGE data files; null to look in {@code ../shared/rouge-data} and
 *                          {@code /work/shared/rouge-data}; absent files mean plain Porter (the report says so)
 * @param scorePublishedPeers also score the systems' summaries found in {@code peers/} on the same clusters,
 *                          as baselines next to ours
 * @param clusterLimit      evaluate only the first N clusters in id order; 0 = all
 */
public record EvalOptions(List<RougeOptions> configurations, Path rougeData, boolean scorePublishedPeers,
                          int clusterLimit) {

    public EvalOptions {
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("at least one ROUGE configuration is needed");
        }
        if (clusterLimit < 0) {
            throw new IllegalArgumentException("clusterLimit >= 0");
        }
    }

    /**
     * DUC defaults: the SumRepo setting (100 words, {@code -n 4 -m -f A}) and the official 665-byte cut, both with
     * ROUGE-L, published peers scored as baselines, all clusters, data files from the default places.
     */
    public static EvalOptions duc() {
        return new EvalOptions(List.of(RougeOptions.duc2004Words(), RougeOptions.duc2004Bytes()), null, true, 0);
    }

    /**
     * Multi-News defaults: the rouge-score convention (ROUGE-1/2/Lsum, Porter, no truncation: report F1), no
     * baselines (the sample has no system summaries), all clusters.
     */
    public static EvalOptions multiNews() {
        return new EvalOptions(List.of(RougeOptions.rougeScore()), null, false, 0);
    }

    /** MultiLing 2011 defaults: its published ROUGE setting, participants' summaries scored as baselines. */
    public static EvalOptions multiLing() {
        return new EvalOptions(List.of(RougeOptions.multiLing2011()), null, true, 0);
    }

    /**
     * {@link #multiNews()} for a Multi-News sample (a {@code .csv} file or a folder holding one),
     * {@link #multiLing()} for a MultiLing folder, else {@link #duc()}.
     */
    public static EvalOptions forDataset(Path dataset) {
        if (SummarizationEval.isMultiNews(dataset)) {
            return multiNews();
        }
        return MultiLingLayout.matches(dataset) ? multiLing() : duc();
    }

    /** A copy reading the ROUGE data files from the given folder. */
    public EvalOptions withRougeData(Path folder) {
        return new EvalOptions(configurations, folder, scorePublishedPeers, clusterLimit);
    }

    /** A copy limited to the first N clusters (0 = all). */
    public EvalOptions withClusterLimit(int limit) {
        return new EvalOptions(configurations, rougeData, scorePublishedPeers, limit);
    }

    /** A copy with or without the published peer baselines. */
    public EvalOptions withPublishedPeers(boolean on) {
        return new EvalOptions(configurations, rougeData, on, clusterLimit);
    }
}
