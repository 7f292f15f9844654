package dev.parallax.eval.cluster;

import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.nlp.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Measures story clustering on a pool of real stories ({@link ClusterPool}): every document goes through the real
 * extraction ({@link ArticleExtractor}) and analysis ({@link TextAnalyzer}), then through {@link StoryClusterer}
 * in each requested arrival order, and optionally through Carrot2's clusterers for comparison.
 */
public final class ClusteringEval {

    /**
     * What to run.
     *
     * @param orders the arrival orders to try
     * @param seed   shuffle seed
     * @param carrot whether to run the Carrot2 comparison
     * @param config the clusterer's tuning
     * @param warmUp whether the clusterer first counts the whole pool's document frequencies
     *               ({@code StoryClusterer.warmUp}) before the documents arrive one by one
     * @param reconcile whether the stream ends with {@code StoryClusterer.reconcile}, as a batch does
     */
    public record Options(List<ArrivalOrder> orders, long seed, boolean carrot, ClusteringConfig config,
                          boolean warmUp, boolean reconcile) {
        public Options {
            orders = List.copyOf(orders);
        }

        /** Both orders, seed 1, with Carrot2, default tuning, no warm-up, reconciled. */
        public static Options defaults() {
            return new Options(List.of(ArrivalOrder.RANDOM, ArrivalOrder.DATE), 1, true, ClusteringConfig.DEFAULTS,
                    false, true);
        }
    }

    /** A pool document after analysis. */
    public record AnalyzedDocument(GoldDocument gold, AnalyzedArticle analyzed) {
    }

    /** The analysed pool and what could not be extracted. */
    public record AnalyzedPool(List<AnalyzedDocument> documents, List<PoolExtraction.Rejection> rejections, long millis) {
        public AnalyzedPool {
            documents = List.copyOf(documents);
            rejections = List.copyOf(rejections);
        }
    }

    private ClusteringEval() {
    }

    /** Pools the paths, analyses every document and clusters the pool as the options say. */
    public static ClusteringReport run(List<Path> paths, Options options) {
        List<GoldDocument> pool = new ArrayList<>(ClusterPool.load(paths));
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("No documents found in " + paths);
        }
        Collections.shuffle(pool, new Random(options.seed()));
        AnalyzedPool analyzed = analyze(pool);
        List<SystemResult> results = new ArrayList<>();
        for (ArrivalOrder order : options.orders()) {
            results.add(clusterInOrder(analyzed.documents(), order, options.config(), options.warmUp(),
                    options.reconcile()));
        }
        if (options.carrot()) {
            for (CarrotBaseline.Algorithm algorithm : CarrotBaseline.Algorithm.values()) {
                results.add(carrot(analyzed.documents(), algorithm));
            }
        }
        int trueStories = (int) pool.stream().map(GoldDocument::gold).distinct().count();
        return new ClusteringReport(paths.stream().map(Path::toString).toList(), pool.size(), trueStories,
                analyzed.rejections(), analyzed.millis(), options.seed(), results);
    }

    /**
     * Extracts and analyses every document (in parallel; the result keeps the given order). A document extraction
     * rejects is listed as a failure.
     */
    public static AnalyzedPool analyze(List<GoldDocument> pool) {
        long start = System.nanoTime();
        ThreadLocal<TextAnalyzer> analyzer = ThreadLocal.withInitial(TextAnalyzer::new);
        PoolExtraction<AnalyzedDocument> extracted =
                PoolExtraction.of(pool, (doc, article) -> new AnalyzedDocument(doc, analyzer.get().analyze(article)));
        return new AnalyzedPool(extracted.documents(), extracted.rejections(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Streams analysed documents (already shuffled) through a fresh clusterer in the given order, one at a time,
     * then (when {@code reconcile}) lets it correct its recent assignments once, as at a stream's checkpoint.
     */
    public static SystemResult clusterInOrder(List<AnalyzedDocument> shuffled, ArrivalOrder order,
                                              ClusteringConfig config, boolean warmUp, boolean reconcile) {
        List<AnalyzedDocument> arrival = arrange(shuffled, order);
        long start = System.nanoTime();
        StoryClusterer clusterer = new StoryClusterer(config);
        if (warmUp) {
            clusterer.warmUp(shuffled.stream().map(AnalyzedDocument::analyzed).toList());
        }
        for (AnalyzedDocument d : arrival) {
            clusterer.add(d.analyzed());
        }
        int moves = reconcile ? clusterer.reconcile().size() : 0;
        List<Assignment> assignments = new ArrayList<>();
        for (AnalyzedDocument d : arrival) {
            assignments.add(new Assignment(d.gold().id(), d.gold().gold(), clusterer.storyOf(d.analyzed().id()).orElseThrow()));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String name = "parallax (" + order.name().toLowerCase(Locale.ROOT) + " order" + (warmUp ? ", warm-up" : "")
                + (reconcile ? ", " + moves + " moved)" : ", no reconcile)");
        return new SystemResult(name, order, score(assignments), millis, assignments);
    }

    /** The documents in arrival order: as shuffled, or stably sorted by date with undated ones last. */
    static List<AnalyzedDocument> arrange(List<AnalyzedDocument> shuffled, ArrivalOrder order) {
        if (order == ArrivalOrder.RANDOM) {
            return shuffled;
        }
        return shuffled.stream()
                .sorted(Comparator.comparing(AnalyzedDocument::analyzed, StoryClusterer.byPublicationDate()))
                .toList();
    }

    private static SystemResult carrot(List<AnalyzedDocument> documents, CarrotBaseline.Algorithm algorithm) {
        List<Article> articles = documents.stream().map(d -> d.analyzed().article()).toList();
        int stories = (int) documents.stream().map(d -> d.gold().gold()).distinct().count();
        long start = System.nanoTime();
        Map<String, String> found = CarrotBaseline.cluster(algorithm, articles, stories);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Assignment> assignments = documents.stream()
                .map(d -> new Assignment(d.gold().id(), d.gold().gold(), found.get(d.analyzed().id())))
                .toList();
        String name = "carrot2 " + algorithm.name().toLowerCase(Locale.ROOT).replace('_', '-') + " (k=" + Math.min(stories, CarrotBaseline.MAX_CLUSTERS) + ")";
        return new SystemResult(name, null, score(assignments), millis, assignments);
    }

    static ClusteringScores score(List<Assignment> assignments) {
        Map<String, String> gold = new HashMap<>();
        Map<String, String> found = new HashMap<>();
        for (Assignment a : assignments) {
            gold.put(a.doc(), a.gold());
            found.put(a.doc(), a.story());
        }
        return ClusteringScores.of(gold, found);
    }
}
