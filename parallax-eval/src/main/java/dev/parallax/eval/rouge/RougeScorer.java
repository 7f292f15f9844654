package dev.parallax.eval.rouge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N and ROUGE-L of a summary against one or more reference summaries, and averages over topics.
 *
 * <p>ROUGE-N: clipped n-gram matches, n-grams taken over the whole summary. With several references in
 * {@link RougeOptions.ModelMode#AVERAGE} mode, hits and counts are pooled: recall = sum of hits / sum of
 * reference n-grams, precision = sum of hits / (references x summary n-grams); in
 * {@link RougeOptions.ModelMode#BEST} mode the reference with the highest recall is used.
 *
 * <p>ROUGE-L is ROUGE-1.5.5's summary-level LCS (what rouge-score calls ROUGE-Lsum): for every reference
 * sentence, the union of its LCS with each summary sentence; a token of the union counts as a hit only while
 * both summaries still have an unmatched copy of it. Recall divides by reference tokens, precision by summary
 * tokens.
 *
 * <p>Under the rouge-score convention only one reference is expected (with several the same pooling applies),
 * and the LCS measures carry rouge-score's names: {@code ROUGE-L} is one LCS over the whole texts and
 * {@code ROUGE-Lsum} the summary-level union LCS described above.
 */
public final class RougeScorer {

    /**
     * Name of ROUGE-1.5.5's summary-level LCS measure; under the rouge-score convention the same measure is
     * called {@value #ROUGE_LSUM} and this name is rouge-score's whole-text LCS ({@code rougeL}).
     */
    public static final String ROUGE_L = "ROUGE-L";
    /** rouge-score's name for the summary-level (union) LCS measure. */
    public static final String ROUGE_LSUM = "ROUGE-Lsum";

    private final RougeOptions options;
    private final RougeTokenizer tokenizer;

    /**
     * @param options   scoring options
     * @param resources exception and stopword lists ({@link RougeResources#none()} for plain Porter)
     */
    public RougeScorer(RougeOptions options, RougeResources resources) {
        this.options = options;
        this.tokenizer = new RougeTokenizer(options, resources);
    }

    /** A scorer with the DUC 2004 options and no exception list. */
    public RougeScorer() {
        this(RougeOptions.duc2004Words(), RougeResources.none());
    }

    /** The options in use. */
    public RougeOptions options() {
        return options;
    }

    /** The tokenizer in use. */
    public RougeTokenizer tokenizer() {
        return tokenizer;
    }

    /** Names of the measures {@link #score} returns, in order. */
    public List<String> metricNames() {
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= options.maxN(); n++) {
            names.add("ROUGE-" + n);
        }
        if (options.lcs()) {
            names.add(ROUGE_L);
            if (rougeScoreConvention()) {
                names.add(ROUGE_LSUM);
            }
        }
        return names;
    }

    /**
     * Scores one summary.
     *
     * @param summary    the summary, one sentence per element
     * @param references the reference summaries, each one sentence per element
     * @return measure name to score, in {@link #metricNames()} order
     */
    public Map<String, RougeScore> score(List<String> summary, List<List<String>> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one reference summary is needed");
        }
        TokenizedSummary peer = tokenizer.tokenize(summary);
        List<TokenizedSummary> models = references.stream().map(tokenizer::tokenize).toList();
        Map<String, RougeScore> scores = new LinkedHashMap<>();
        for (int n = 1; n <= options.maxN(); n++) {
            scores.put("ROUGE-" + n, ngramScore(peer, models, n));
        }
        if (options.lcs() && rougeScoreConvention()) {
            scores.put(ROUGE_L, wholeTextLcsScore(peer, models));
            scores.put(ROUGE_LSUM, lcsScore(peer, models));
        } else if (options.lcs()) {
            scores.put(ROUGE_L, lcsScore(peer, models));
        }
        return scores;
    }

    /**
     * Averages per-topic scores (ROUGE's {@code -t 0}: the mean of topic scores) with bootstrap intervals.
     *
     * @param topicScores one map per topic, as returned by {@link #score}
     */
    public List<MetricAverage> average(List<Map<String, RougeScore>> topicScores) {
        Bootstrap bootstrap = new Bootstrap(options.confidence(), options.resamples(), options.seed());
        List<MetricAverage> out = new ArrayList<>();
        for (String metric : metricNames()) {
            int n = topicScores.size();
            double[] r = new double[n];
            double[] p = new double[n];
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                RougeScore s = topicScores.get(i).getOrDefault(metric, RougeScore.ZERO);
                r[i] = s.recall();
                p[i] = s.precision();
                f[i] = s.f();
            }
            List<ConfidenceInterval> ci = bootstrap.intervals(List.of(r, p, f));
            RougeScore mean = new RougeScore(mean(r), mean(p), mean(f));
            out.add(new MetricAverage(metric, mean, ci.get(0), ci.get(1), ci.get(2), n));
        }
        return out;
    }

    private RougeScore ngramScore(TokenizedSummary peer, List<TokenizedSummary> models, int n) {
        Map<String, Integer> peerGrams = ngrams(peer.tokens(), n);
        int peerCount = total(peerGrams);
        Counts pooled = new Counts();
        Counts best = null;
        for (TokenizedSummary model : models) {
            Map<String, Integer> modelGrams = ngrams(model.tokens(), n);
            int hits = 0;
            for (Map.Entry<String, Integer> e : modelGrams.entrySet()) {
                hits += Math.min(e.getValue(), peerGrams.getOrDefault(e.getKey(), 0));
            }
            Counts one = new Counts(hits, total(modelGrams), peerCount);
            pooled.add(one);
            best = better(best, one);
        }
        return finish(options.modelMode() == RougeOptions.ModelMode.AVERAGE ? pooled : best);
    }

    private RougeScore lcsScore(TokenizedSummary peer, List<TokenizedSummary> models) {
        Counts pooled = new Counts();
        Counts best = null;
        int peerCount = peer.size();
        for (TokenizedSummary model : models) {
            Map<String, Integer> peerLeft = unigramCounts(peer.tokens());
            Map<String, Integer> modelLeft = unigramCounts(model.tokens());
            int hits = 0;
            for (List<String> modelSentence : model.sentences()) {
                for (String token : unionLcs(modelSentence, peer.sentences())) {
                    int p = peerLeft.getOrDefault(token, 0);
                    int m = modelLeft.getOrDefault(token, 0);
                    if (p > 0 && m > 0) {
                        hits++;
                        peerLeft.put(token, p - 1);
                        modelLeft.put(token, m - 1);
                    }
                }
            }
            Counts one = new Counts(hits, model.size(), peerCount);
            pooled.add(one);
            best = better(best, one);
        }
        return finish(options.modelMode() == RougeOptions.ModelMode.AVERAGE ? pooled : best);
    }

    /** rouge-score's {@code rougeL}: one LCS between the whole token sequences, no sentence split. */
    private RougeScore wholeTextLcsScore(TokenizedSummary peer, List<TokenizedSummary> models) {
        Counts pooled = new Counts();
        Counts best = null;
        List<String> peerTokens = peer.tokens();
        for (TokenizedSummary model : models) {
            BitSet marks = new BitSet();
            lcsPositions(model.tokens(), peerTokens, marks);
            Counts one = new Counts(marks.cardinality(), model.size(), peerTokens.size());
            pooled.add(one);
            best = better(best, one);
        }
        return finish(options.modelMode() == RougeOptions.ModelMode.AVERAGE ? pooled : best);
    }

    private boolean rougeScoreConvention() {
        return options.convention() == RougeConvention.ROUGE_SCORE;
    }

    /** Reference tokens (in reference order) on the LCS of the reference sentence with any summary sentence. */
    static List<String> unionLcs(List<String> reference, List<List<String>> candidates) {
        BitSet union = new BitSet(reference.size());
        for (List<String> candidate : candidates) {
            lcsPositions(reference, candidate, union);
        }
        List<String> tokens = new ArrayList<>();
        for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
            tokens.add(reference.get(i));
        }
        return tokens;
    }

    /**
     * Marks the reference positions on one LCS of the two sequences. Ties are broken the way ROUGE-1.5.5 and
     * rouge-score backtrack: move along the candidate only when that keeps a strictly longer LCS.
     */
    static void lcsPositions(List<String> reference, List<String> candidate, BitSet marks) {
        int m = reference.size();
        int n = candidate.size();
        int[][] table = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                table[i][j] = reference.get(i - 1).equals(candidate.get(j - 1))
                        ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (reference.get(i - 1).equals(candidate.get(j - 1))) {
                marks.set(i - 1);
                i--;
                j--;
            } else if (table[i][j - 1] > table[i - 1][j]) {
                j--;
            } else {
                i--;
            }
        }
    }

    static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            grams.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return grams;
    }

    private static Map<String, Integer> unigramCounts(List<String> tokens) {
        return ngrams(tokens, 1);
    }

    private static int total(Map<String, Integer> grams) {
        return grams.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Counts better(Counts best, Counts candidate) {
        return best == null || candidate.recall() > best.recall() ? candidate : best;
    }

    private RougeScore finish(Counts c) {
        return RougeScore.fromCounts(c.hits, c.referenceUnits, c.summaryUnits, options.alpha());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** Hit and unit counts of one comparison, or pooled over several. */
    private static final class Counts {
        long hits;
        long referenceUnits;
        long summaryUnits;

        Counts() {
        }

        Counts(long hits, long referenceUnits, long summaryUnits) {
            this.hits = hits;
            this.referenceUnits = referenceUnits;
            this.summaryUnits = summaryUnits;
        }

        void add(Counts other) {
            hits += other.hits;
            referenceUnits += other.referenceUnits;
            summaryUnits += other.summaryUnits;
        }

        double recall() {
            return referenceUnits == 0 ? 0 : (double) hits / referenceUnits;
        }
    }
}
