package dev.parallax.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucLayout;
import dev.parallax.eval.duc.MultiLingLayout;
import dev.parallax.eval.duc.MultiNewsReader;
import dev.parallax.eval.rouge.RougeConvention;
import dev.parallax.eval.rouge.RougeOptions;
import dev.parallax.eval.rouge.RougeResources;
import dev.parallax.eval.rouge.RougeScore;
import dev.parallax.eval.rouge.RougeScorer;

/**
 * Scores a summarizer on a DUC-style folder, a MultiLing 2011 folder or a Multi-News sample with ROUGE, next to the published systems
 * when their summaries are present.
 *
 * <p>The summarizer is called once per cluster (whatever the number of configurations) and must return the
 * summary as plain text with one sentence per line; ROUGE truncates it (100 words or 665 bytes in the DUC
 * settings), so a summarizer should fill the budget rather than stop short. A summarizer that throws for a
 * cluster is scored as an empty summary and the failure is listed in the report's notes.
 */
public final class SummarizationEval {

    private SummarizationEval() {
    }

    /**
     * Evaluates a summarizer on every cluster of a data set that has reference summaries.
     *
     * @param dataset    a DUC-layout folder ({@code docs/}, {@code models/}, optional {@code peers/}), a MultiLing
     *                   2011 folder ({@code SourceTexts/}, see {@link MultiLingLayout}) or a
     *                   Multi-News sample ({@code .csv} file, or a folder with {@code sample.csv} and no
     *                   {@code models/})
     * @param summarizer cluster -> summary text, one sentence per line
     * @param options    configurations, data-file folder, baselines, cluster limit
     * @throws IllegalArgumentException when the data set does not exist
     */
    public static SummarizationReport run(Path dataset, Function<Cluster, String> summarizer, EvalOptions options) {
        if (!Files.exists(dataset)) {
            throw new IllegalArgumentException("No such data set: " + dataset);
        }
        List<Cluster> all = isMultiNews(dataset) ? new MultiNewsReader().read(dataset)
                : MultiLingLayout.matches(dataset) ? new MultiLingLayout().read(dataset)
                : new DucLayout().read(dataset);
        List<String> notes = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster c : all) {
            if (c.references().isEmpty()) {
                notes.add(c.id() + ": no reference summaries, skipped");
            } else if (options.clusterLimit() == 0 || clusters.size() < options.clusterLimit()) {
                clusters.add(c);
            }
        }
        SummarizationReport report = evaluate(dataset.toString(), clusters, summarizer, options, notes);
        return MultiLingLayout.matches(dataset) ? withPublishedAverages(report, dataset) : report;
    }

    /** The report with MultiLing's published averages noted beside our re-scoring of the same submissions. */
    private static SummarizationReport withPublishedAverages(SummarizationReport report, Path dataset) {
        return MultiLingPublished.read(dataset).map(published -> {
            List<String> notes = new ArrayList<>(report.notes());
            report.results().forEach(r -> notes.addAll(published.besides(r)));
            return new SummarizationReport(report.dataset(), report.clusters(), report.results(), notes);
        }).orElse(report);
    }

    /**
     * Evaluates a summarizer on clusters already read (e.g. a subset chosen by the caller).
     *
     * @param name       what to call the data set in the report
     * @param clusters   clusters with reference summaries
     * @param summarizer cluster -> summary text, one sentence per line
     * @param options    configurations, data-file folder, baselines ({@code clusterLimit} is ignored here)
     */
    public static SummarizationReport run(String name, List<Cluster> clusters, Function<Cluster, String> summarizer,
                                          EvalOptions options) {
        return evaluate(name, clusters, summarizer, options, new ArrayList<>());
    }

    /** True for a Multi-News sample: a {@code .csv} file, or a folder with {@code sample.csv} and no {@code models/}. */
    public static boolean isMultiNews(Path dataset) {
        if (Files.isRegularFile(dataset)) {
            return dataset.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        }
        return Files.isRegularFile(dataset.resolve(MultiNewsReader.SAMPLE_FILE))
                && !Files.isDirectory(dataset.resolve("models"));
    }

    private static SummarizationReport evaluate(String name, List<Cluster> clusters,
                                                Function<Cluster, String> summarizer, EvalOptions options,
                                                List<String> notes) {
        RougeResources resources = RougeResources.locate(options.rougeData());
        SortedMap<String, List<String>> ourSummaries = new TreeMap<>();
        for (Cluster c : clusters) {
            String text;
            try {
                text = summarizer.apply(c);
            } catch (RuntimeException e) {
                notes.add(c.id() + ": summarizer failed (" + e + "), scored as empty");
                text = "";
            }
            ourSummaries.put(c.id(), lines(text == null ? "" : text));
        }
        TreeSet<String> systems = new TreeSet<>();
        if (options.scorePublishedPeers()) {
            clusters.forEach(c -> systems.addAll(c.peers().keySet()));
        }
        List<ConfigurationResult> results = new ArrayList<>();
        for (RougeOptions config : options.configurations()) {
            RougeScorer scorer = new RougeScorer(config, resources);
            SystemScores ours = scoreSystem(scorer, "ours", clusters, c -> ourSummaries.get(c.id()));
            List<SystemScores> baselines = new ArrayList<>();
            for (String system : systems) {
                List<Cluster> covered = clusters.stream().filter(c -> c.peers().containsKey(system)).toList();
                if (covered.size() < clusters.size()) {
                    notes.add(system + ": summaries for " + covered.size() + " of " + clusters.size()
                            + " clusters; averaged over those");
                }
                baselines.add(scoreSystem(scorer, system, covered, c -> c.peers().get(system)));
            }
            String used = config.convention() == RougeConvention.ROUGE_SCORE
                    ? "none (the rouge-score convention uses no exception or stopword list)"
                    : resources.description();
            results.add(new ConfigurationResult(config.describe(), used, ours, baselines));
        }
        return new SummarizationReport(name, clusters.stream().map(Cluster::id).toList(), results,
                notes.stream().distinct().toList());
    }

    private static SystemScores scoreSystem(RougeScorer scorer, String system, List<Cluster> clusters,
                                            Function<Cluster, List<String>> summaryOf) {
        SortedMap<String, Map<String, RougeScore>> perCluster = new TreeMap<>();
        for (Cluster c : clusters) {
            perCluster.put(c.id(), scorer.score(summaryOf.apply(c), c.referenceLines()));
        }
        return new SystemScores(system, scorer.average(new ArrayList<>(perCluster.values())), perCluster);
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }
}
