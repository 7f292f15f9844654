package dev.parallax.eval.cluster;

import dev.parallax.cluster.PairSimilarity;
import dev.parallax.cluster.SameEventFeatures;
import dev.parallax.eval.SemEvalPairCsv;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.nlp.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the weights of the same-event model ({@code SameEventModel}) on SemEval-2022 Task 8 English
 * pairs: each pair's {@link SameEventFeatures} (document frequencies from the file's own texts),
 * label "same event" when {@code Overall <= 2}, L2-regularised logistic regression. Prints the
 * weights to paste into the code and the Pearson r of the fitted score with Overall on every file
 * given (the first is the one fitted on).
 *
 * <p>{@code java -cp parallax.jar dev.parallax.eval.cluster.SameEventFit TRAIN.csv [OTHER.csv ...] [--lambda L]}
 */
public final class SameEventFit {
    private SameEventFit() {
    }

    public static void main(String[] args) {
        double lambda = 1.0;
        List<Path> files = new ArrayList<>();
        java.util.Set<String> drop = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lambda")) {
                lambda = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--drop")) {
                drop.addAll(List.of(args[++i].split(",")));
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("usage: SameEventFit TRAIN.csv [OTHER.csv ...] [--lambda L]");
        }
        List<Labelled> train = featuresOf(files.get(0));
        List<double[]> x = train.stream().map(l -> {
            double[] v = l.features().vector();
            for (int j = 0; j < v.length; j++) {
                if (drop.contains(SameEventFeatures.NAMES.get(j))) {
                    v[j] = 0;
                }
            }
            return v;
        }).toList();
        List<Integer> y = train.stream().map(l -> l.overall() <= 2 ? 1 : 0).toList();
        double[] beta = LogisticFit.fit(x, y, lambda);
        System.out.printf(Locale.ROOT, "fitted on %s: %d pairs, %d same event, lambda %.3g%n", files.get(0),
                train.size(), y.stream().mapToInt(Integer::intValue).sum(), lambda);
        System.out.printf(Locale.ROOT, "  intercept %+.4f%n", beta[0]);
        for (int j = 0; j < SameEventFeatures.NAMES.size(); j++) {
            System.out.printf(Locale.ROOT, "  %-14s %+.4f%n", SameEventFeatures.NAMES.get(j), beta[j + 1]);
        }
        StringBuilder spec = new StringBuilder();
        for (double b : beta) {
            spec.append(spec.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%.4f", b));
        }
        System.out.println("  as -Dparallax.cluster.model=" + spec);
        for (Path file : files) {
            List<Labelled> pairs = file.equals(files.get(0)) ? train : featuresOf(file);
            List<SimilarityEval.ScoredPair> scored = new ArrayList<>();
            for (Labelled l : pairs) {
                double p = LogisticFit.probability(beta, LogisticFit.withOne(l.features().vector()));
                scored.add(new SimilarityEval.ScoredPair(file.getFileName().toString(), "", l.overall(), p, p));
            }
            System.out.printf(Locale.ROOT, "  %s: %d pairs, r = %+.4f%n", file.getFileName(), pairs.size(),
                    SimilarityEval.pearson(scored));
            for (int j = 0; j < SameEventFeatures.NAMES.size(); j++) {
                int feature = j;
                List<SimilarityEval.ScoredPair> single = pairs.stream().map(l -> new SimilarityEval.ScoredPair("", "",
                        l.overall(), l.features().vector()[feature], 0)).toList();
                System.out.printf(Locale.ROOT, "    %-14s alone r = %+.4f%n", SameEventFeatures.NAMES.get(j),
                        SimilarityEval.pearson(single));
            }
        }
    }

    private record Labelled(SameEventFeatures features, double overall) {
    }

    private static List<Labelled> featuresOf(Path file) {
        List<SemEvalPairCsv.Pair> pairs = SemEvalPairCsv.englishPairs(file);
        Map<String, AnalyzedArticle> analyzed = new LinkedHashMap<>();
        ArticleExtractor extractor = new ArticleExtractor();
        TextAnalyzer analyzer = new TextAnalyzer();
        int[] rejected = {0};
        for (SemEvalPairCsv.Pair p : pairs) {
            for (String text : List.of(p.text1(), p.text2())) {
                analyzed.computeIfAbsent(text, t -> SimilarityEval.analyze(t, extractor, analyzer, rejected));
            }
        }
        PairSimilarity similarity = new PairSimilarity(analyzed.values());
        List<Labelled> out = new ArrayList<>();
        for (SemEvalPairCsv.Pair p : pairs) {
            out.add(new Labelled(similarity.features(analyzed.get(p.text1()), analyzed.get(p.text2())), p.overall()));
        }
        return out;
    }
}
