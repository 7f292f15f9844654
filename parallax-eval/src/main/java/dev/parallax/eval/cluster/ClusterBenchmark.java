package dev.parallax.eval.cluster;

import dev.parallax.cluster.StoryClusterer;
import dev.parallax.model.AnalyzedArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scale benchmark of {@link StoryClusterer}: streams synthetic articles ({@link SyntheticNews}; analysis skipped,
 * articles built already analysed) through one clusterer and reports throughput, the mean time of one assignment
 * when the clusterer holds about 1,000, 10,000 and 100,000 stories (thread CPU time, so other processes on a
 * shared machine do not count; wall time is reported too), the heap, and the B-cubed F1 against the
 * generator's stories.
 *
 * <p>The stream interleaves stories as news does: each step either starts a new story (planned size 1 to 3
 * articles, mean 2) or continues a random open one; about 500 articles make one day, and a story's articles fall
 * within four days of its start.
 *
 * <p>The stream ends with {@link StoryClusterer#reconcile}, and with a third argument {@code N} it also reconciles
 * after every {@code N} arrivals, as a service would at checkpoints; reconciling is timed apart from the
 * assignments.
 *
 * <p>Usage: {@code java -Xmx2g -cp parallax.jar dev.parallax.eval.cluster.ClusterBenchmark [articles] [seed]
 * [reconcile every]} (defaults 100000, 1 and 0: only at the end).
 */
public final class ClusterBenchmark {
    private static final int[] CHECKPOINTS = {1_000, 10_000, 100_000};
    private static final int WINDOW = 1_000;

    private ClusterBenchmark() {
    }

    /** Runs the benchmark and prints its report. */
    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int reconcileEvery = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        System.out.print(run(articles, seed, reconcileEvery));
    }

    /**
     * Streams {@code articles} synthetic articles, reconciling after every {@code reconcileEvery} (0: only at the
     * end), and returns the report text.
     */
    public static String run(int articles, long seed, int reconcileEvery) {
        SyntheticFeed feed = new SyntheticFeed(seed);
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> found = new HashMap<>();
        StringBuilder report = new StringBuilder();
        int checkpoint = 0;
        int windowStart = -1;
        long windowNanos = 0;
        long peakUsed = 0;
        long totalNanos = 0;
        long totalWallNanos = 0;
        long tailNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int foundStories = 0;
        Reconciling reconciling = new Reconciling(clusterer, threads);
        for (int i = 0; i < articles; i++) {
            AnalyzedArticle article = feed.next();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            String story = clusterer.add(article);
            long nanos = threads.getCurrentThreadCpuTime() - startCpu;
            totalWallNanos += System.nanoTime() - start;
            totalNanos += nanos;
            gold.put(article.id(), SyntheticFeed.storyOf(article));
            found.put(article.id(), story);
            foundStories = Math.max(foundStories, Integer.parseInt(story.substring(story.indexOf('-') + 1)));
            if (windowStart < 0 && checkpoint < CHECKPOINTS.length && foundStories >= CHECKPOINTS[checkpoint]) {
                windowStart = i;
                windowNanos = 0;
            }
            if (windowStart >= 0) {
                windowNanos += nanos;
                if (i - windowStart + 1 == WINDOW) {
                    String line = String.format(Locale.ROOT,
                            "at %,7d stories (%,7d articles): %8.1f µs CPU per assignment (mean of the next %d)%n",
                            CHECKPOINTS[checkpoint], i + 1, windowNanos / 1000.0 / WINDOW, WINDOW);
                    report.append(line);
                    System.err.print(line); // progress: long runs take minutes
                    checkpoint++;
                    windowStart = -1;
                }
            }
            if (i >= articles - WINDOW) {
                tailNanos += nanos;
            }
            if (i % 1000 == 0) {
                Runtime rt = Runtime.getRuntime();
                peakUsed = Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
            }
            if (reconcileEvery > 0 && (i + 1) % reconcileEvery == 0 && i + 1 < articles) {
                reconciling.run();
            }
        }
        ClusteringScores streamed = ClusteringScores.of(gold, found);
        reconciling.run();
        found.replaceAll((article, story) -> clusterer.storyOf(article).orElseThrow());
        ClusteringScores scores = ClusteringScores.of(gold, found);
        int storiesAtEnd = clusterer.stories().size();
        long phaseLinks = new java.util.HashSet<>(found.values()).stream()
                .filter(story -> clusterer.earlierPhaseOf(story).isPresent()).count();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long liveAfter = rt.totalMemory() - rt.freeMemory();
        java.lang.ref.Reference.reachabilityFence(clusterer); // measured above with the clusterer still live
        StringBuilder head = new StringBuilder();
        head.append(String.format(Locale.ROOT, "%,d synthetic articles, %,d true stories, %,d found; seed %d%n",
                articles, new java.util.HashSet<>(gold.values()).size(), foundStories, seed));
        head.append(String.format(Locale.ROOT,
                "clustering CPU time %.1f s: %,.0f articles/s (wall %.1f s, %,.0f articles/s on this shared machine; generation excluded)%n",
                totalNanos / 1e9, articles / (totalNanos / 1e9), totalWallNanos / 1e9, articles / (totalWallNanos / 1e9)));
        head.append(report);
        head.append(String.format(Locale.ROOT,
                "at the end, %,d stories (%,d articles): %8.1f µs CPU per assignment (mean of the last %d)%n",
                foundStories, articles, tailNanos / 1000.0 / Math.min(WINDOW, articles), Math.min(WINDOW, articles)));
        head.append(String.format(Locale.ROOT, "heap: peak sampled used %,d MB, heap pools' peak %,d MB, live after GC at the end with the clusterer %,d MB (max heap %,d MB)%n",
                peakUsed >> 20, poolPeak() >> 20, liveAfter >> 20, rt.maxMemory() >> 20));
        head.append(String.format(Locale.ROOT,
                "reconcile: %d runs, %.1f ms CPU each on average (%.1f s in all), %,d articles moved; %,d stories after%n",
                reconciling.runs, reconciling.nanos / 1e6 / reconciling.runs, reconciling.nanos / 1e9,
                reconciling.moved, storiesAtEnd));
        head.append(String.format(Locale.ROOT,
                "B-cubed P %.4f R %.4f F1 %.4f against the generator's stories (as streamed, before reconciling: F1 %.4f)%n",
                scores.bcubedPrecision(), scores.bcubedRecall(), scores.bcubedF1(), streamed.bcubedF1()));
        head.append(String.format(Locale.ROOT,
                "earlier-phase links: %,d (the generator's stories are unrelated, so every link is a false one)%n", phaseLinks));
        head.append(SavedState.measure(clusterer)); // after the heap figures: saving copies the state
        return head.toString();
    }

    /** Runs {@link StoryClusterer#reconcile} and adds up its CPU time and moves. */
    private static final class Reconciling {
        private final StoryClusterer clusterer;
        private final ThreadMXBean threads;
        int runs;
        long nanos;
        int moved;

        Reconciling(StoryClusterer clusterer, ThreadMXBean threads) {
            this.clusterer = clusterer;
            this.threads = threads;
        }

        void run() {
            long start = threads.getCurrentThreadCpuTime();
            moved += clusterer.reconcile().size();
            nanos += threads.getCurrentThreadCpuTime() - start;
            runs++;
        }
    }

    private static long poolPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
