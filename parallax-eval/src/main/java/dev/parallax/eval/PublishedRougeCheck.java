package dev.parallax.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucLayout;
import dev.parallax.eval.rouge.RougeOptions;
import dev.parallax.eval.rouge.RougeResources;
import dev.parallax.eval.rouge.RougeScore;
import dev.parallax.eval.rouge.RougeScorer;

/**
 * Proves our ROUGE against the official ROUGE-1.5.5 output shipped with a DUC 2004 folder: scores every
 * published system's summary of every topic present in {@code peers/} with the SumRepo options
 * ({@code -n 4 -m -l 100 -f A -p 0.5 -t 0}) and compares with the per-topic rows of
 * {@code sumrepo-rouge155-output.res}.
 */
public final class PublishedRougeCheck {

    /** Name of the official output file inside the DUC 2004 folder. */
    public static final String RESULT_FILE = "sumrepo-rouge155-output.res";
    /** Default per-topic tolerance (the file prints five decimals). */
    public static final double TOLERANCE = 0.001;

    private PublishedRougeCheck() {
    }

    /**
     * Runs the check with the SumRepo options.
     *
     * @param duc2004Folder folder with {@code models/}, {@code peers/} and {@value #RESULT_FILE}
     * @param rougeData     folder with the ROUGE data files, or null to look in the default places
     */
    public static PublishedRougeReport run(Path duc2004Folder, Path rougeData) {
        return run(duc2004Folder, rougeData, RougeOptions.duc2004Words());
    }

    /**
     * Runs the check with explicit options (e.g. to show what plain Porter or {@code -f B} would give).
     *
     * @param duc2004Folder folder with {@code models/}, {@code peers/} and {@value #RESULT_FILE}
     * @param rougeData     folder with the ROUGE data files, or null to look in the default places
     * @param options       scoring options; ROUGE-L is compared only if the file has it
     */
    public static PublishedRougeReport run(Path duc2004Folder, Path rougeData, RougeOptions options) {
        Path resFile = duc2004Folder.resolve(RESULT_FILE);
        if (!Files.isRegularFile(resFile)) {
            throw new IllegalArgumentException("No " + RESULT_FILE + " in " + duc2004Folder);
        }
        PublishedRougeFile published = PublishedRougeFile.read(resFile);
        RougeResources resources = RougeResources.locate(rougeData);
        RougeScorer scorer = new RougeScorer(options, resources);
        Map<String, Cluster> clusters = new TreeMap<>();
        new DucLayout().read(duc2004Folder).forEach(c -> clusters.put(c.id(), c));

        List<SystemComparison> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (var system : published.topicScores().entrySet()) {
            String name = system.getKey();
            // Score each topic once per system, then compare every measure the file reports.
            SortedMap<String, Map<String, RougeScore>> ours = new TreeMap<>();
            for (var metric : system.getValue().entrySet()) {
                for (String topic : metric.getValue().keySet()) {
                    if (ours.containsKey(topic)) {
                        continue;
                    }
                    Cluster cluster = clusters.get(topic);
                    List<String> peer = cluster == null ? null : cluster.peers().get(name);
                    if (peer == null || cluster.references().isEmpty()) {
                        notes.add(name + " " + topic + ": no peer summary or references in the folder");
                        ours.put(topic, Map.of());
                    } else {
                        ours.put(topic, scorer.score(peer, cluster.referenceLines()));
                    }
                }
            }
            for (var metric : system.getValue().entrySet()) {
                if (!scorer.metricNames().contains(metric.getKey())) {
                    notes.add(name + " " + metric.getKey() + ": not computed with these options");
                    continue;
                }
                rows.add(compare(name, metric.getKey(), metric.getValue(), ours,
                        published.averages().getOrDefault(name, new TreeMap<>()).get(metric.getKey())));
            }
        }
        return new PublishedRougeReport(options.describe(), resources.description(), TOLERANCE, rows,
                notes.stream().distinct().toList());
    }

    private static SystemComparison compare(String system, String metric, Map<String, RougeScore> publishedTopics,
                                            Map<String, Map<String, RougeScore>> ours, RougeScore publishedAverage) {
        int topics = 0;
        int within = 0;
        double ourSum = 0;
        double publishedSum = 0;
        double maxR = 0;
        double maxP = 0;
        double maxF = 0;
        String worst = "-";
        for (var e : publishedTopics.entrySet()) {
            RougeScore mine = ours.getOrDefault(e.getKey(), Map.of()).get(metric);
            if (mine == null) {
                continue;
            }
            RougeScore theirs = e.getValue();
            topics++;
            ourSum += mine.recall();
            publishedSum += theirs.recall();
            double dr = Math.abs(mine.recall() - theirs.recall());
            double dp = Math.abs(mine.precision() - theirs.precision());
            double df = Math.abs(mine.f() - theirs.f());
            if (worst.equals("-") || dr > maxR) {
                worst = e.getKey();
                maxR = dr;
            }
            maxP = Math.max(maxP, dp);
            maxF = Math.max(maxF, df);
            if (dr <= TOLERANCE && dp <= TOLERANCE && df <= TOLERANCE) {
                within++;
            }
        }
        return new SystemComparison(system, metric, topics, topics == 0 ? Double.NaN : ourSum / topics,
                topics == 0 ? Double.NaN : publishedSum / topics,
                publishedAverage == null ? Double.NaN : publishedAverage.recall(), maxR, maxP, maxF, worst, within);
    }

    /** Prints the report for a DUC 2004 folder: {@code PublishedRougeCheck <duc2004> [rouge-data]}. */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/work/shared/data/duc2004");
        Path data = args.length > 1 ? Path.of(args[1]) : null;
        System.out.print(run(folder, data).table());
    }
}
