package dev.parallax.eval.cluster;

import dev.parallax.eval.SemEvalPairCsv;

import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.PairSimilarity;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.RawDocument;
import dev.parallax.nlp.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the same-event score ({@link PairSimilarity}) on SemEval-2022 Task 8 news-pair files: Pearson
 * correlation of the score with the human {@code Overall} label (1 = very similar ... 4 = very different, so a
 * good score correlates negatively) over the English-English pairs.
 *
 * <p>Each text goes through extraction and analysis like any plain-text article; a text extraction rejects (too
 * short for an article) is analysed as it is, so every pair is scored. Document frequencies come from all English
 * texts of the folder. A pair id found in several files is scored once, in the pooled figure.
 */
public final class SimilarityEval {

    /**
     * One scored pair.
     *
     * @param score    {@link PairSimilarity#score}
     * @param rawScore {@link PairSimilarity#rawScore} (before the square root)
     */
    public record ScoredPair(String file, String pairId, double overall, double score, double rawScore) {
    }

    /**
     * The outcome.
     *
     * @param perFile  file name to Pearson r over its en-en pairs
     * @param pairsPerFile file name to its number of en-en pairs
     * @param pooled   Pearson r over all distinct en-en pairs
     * @param pooledRaw the same for the raw score (before the square root)
     * @param pairs    every distinct scored pair
     * @param notExtracted texts extraction rejected (scored on their raw text)
     */
    public record Report(Map<String, Double> perFile, Map<String, Integer> pairsPerFile, double pooled,
                         double pooledRaw, List<ScoredPair> pairs, int notExtracted) {

        /** A plain-text summary. */
        public String format() {
            StringBuilder out = new StringBuilder();
            out.append("Pearson r of the same-event score with Overall (1 = same ... 4 = different), en-en pairs\n");
            perFile.forEach((file, r) -> out.append(String.format(Locale.ROOT, "  %-24s %4d pairs  r = %+.4f%n",
                    file, pairsPerFile.get(file), r)));
            out.append(String.format(Locale.ROOT, "  %-24s %4d pairs  r = %+.4f  (|r| %.4f)%n", "all (distinct pairs)",
                    pairs.size(), pooled, Math.abs(pooled)));
            out.append(String.format(Locale.ROOT, "  %-24s %4d pairs  r = %+.4f  (raw score, before the square root)%n",
                    "all (distinct pairs)", pairs.size(), pooledRaw));
            out.append(String.format(Locale.ROOT, "  texts extraction rejected (scored as given): %d%n", notExtracted));
            return out.toString();
        }
    }

    private SimilarityEval() {
    }

    /** Scores every en-en pair of every {@code .csv} file in {@code folder} (or of one CSV file). */
    public static Report run(Path folder) {
        return run(folder, ClusteringConfig.DEFAULTS);
    }

    /** As {@link #run(Path)}, with the given tuning of the score. */
    public static Report run(Path folder, ClusteringConfig config) {
        List<Path> files = csvFiles(folder);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No CSV files in " + folder);
        }
        Map<String, SemEvalPairCsv.Pair> pairs = new LinkedHashMap<>(); // "file\tpair id" -> pair
        for (Path file : files) {
            for (SemEvalPairCsv.Pair pair : SemEvalPairCsv.englishPairs(file)) {
                pairs.put(file.getFileName() + "\t" + pair.id(), pair);
            }
        }
        Map<String, AnalyzedArticle> analyzed = new LinkedHashMap<>();
        int[] rejected = {0};
        ArticleExtractor extractor = new ArticleExtractor();
        TextAnalyzer analyzer = new TextAnalyzer();
        for (SemEvalPairCsv.Pair p : pairs.values()) {
            for (String text : List.of(p.text1(), p.text2())) {
                analyzed.computeIfAbsent(text, t -> analyze(t, extractor, analyzer, rejected));
            }
        }
        PairSimilarity similarity = new PairSimilarity(analyzed.values(), config);
        Map<String, List<ScoredPair>> byFile = new LinkedHashMap<>();
        Map<String, ScoredPair> distinct = new LinkedHashMap<>();
        for (Map.Entry<String, SemEvalPairCsv.Pair> e : pairs.entrySet()) {
            String[] key = e.getKey().split("\t", 2);
            SemEvalPairCsv.Pair p = e.getValue();
            double raw = similarity.rawScore(analyzed.get(p.text1()), analyzed.get(p.text2()));
            ScoredPair scored = new ScoredPair(key[0], key[1], p.overall(), Math.sqrt(raw), raw);
            byFile.computeIfAbsent(key[0], k -> new ArrayList<>()).add(scored);
            distinct.putIfAbsent(key[1], scored);
        }
        Map<String, Double> perFile = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        byFile.forEach((file, list) -> {
            perFile.put(file, pearson(list));
            counts.put(file, list.size());
        });
        List<ScoredPair> all = List.copyOf(distinct.values());
        List<ScoredPair> raw = all.stream()
                .map(p -> new ScoredPair(p.file(), p.pairId(), p.overall(), p.rawScore(), p.rawScore())).toList();
        return new Report(perFile, counts, pearson(all), pearson(raw), all, rejected[0]);
    }

    private static AnalyzedArticle analyze(String text, ArticleExtractor extractor, TextAnalyzer analyzer, int[] rejected) {
        String source = "semeval:" + Integer.toHexString(text.hashCode()) + ":" + text.length();
        Article article;
        try {
            article = extractor.extract(new RawDocument(source, RawDocument.Format.TEXT, text, DeclaredMetadata.NONE));
        } catch (ExtractionException e) {
            rejected[0]++;
            String body = text.strip();
            String title = body.length() > 80 ? body.substring(0, 80) : body;
            article = new Article(Article.idFor(source), source, Optional.empty(), title.isEmpty() ? "-" : title,
                    Optional.empty(), Optional.empty(), List.of(), body);
        }
        return analyzer.analyze(article);
    }

    /** Pearson correlation of score with the Overall label. */
    static double pearson(List<ScoredPair> pairs) {
        int n = pairs.size();
        double mx = pairs.stream().mapToDouble(ScoredPair::score).average().orElse(0);
        double my = pairs.stream().mapToDouble(ScoredPair::overall).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (ScoredPair p : pairs) {
            sxy += (p.score() - mx) * (p.overall() - my);
            sxx += (p.score() - mx) * (p.score() - mx);
            syy += (p.overall() - my) * (p.overall() - my);
        }
        return n < 2 || sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static List<Path> csvFiles(Path folder) {
        if (Files.isRegularFile(folder)) {
            return List.of(folder);
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
