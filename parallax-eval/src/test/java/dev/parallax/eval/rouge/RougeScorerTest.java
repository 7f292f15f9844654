package dev.parallax.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RougeScorerTest {

    private static final double EPS = 1e-12;
    private static final RougeOptions PLAIN = RougeOptions.duc2004Words().withLimits(0, 0).withStemming(false);

    private final RougeScorer scorer = new RougeScorer(PLAIN, RougeResources.none());

    @Test
    void score_oneReference_clippedUnigramAndBigramCounts() {
        Map<String, RougeScore> s = scorer.score(List.of("The cat sat on the mat."),
                List.of(List.of("The cat lay on the red mat.")));

        // unigrams: the x2, cat, on, mat match -> 5 of 7 reference, 5 of 6 summary tokens
        assertThat(s.get("ROUGE-1").recall()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(s.get("ROUGE-1").precision()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(s.get("ROUGE-1").f()).isCloseTo(2 * (5.0 / 7) * (5.0 / 6) / (5.0 / 7 + 5.0 / 6), within(EPS));
        // bigrams: "the cat", "on the" match -> 2 of 6, 2 of 5
        assertThat(s.get("ROUGE-2").recall()).isCloseTo(2.0 / 6, within(EPS));
        assertThat(s.get("ROUGE-2").precision()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(s.get("ROUGE-4").recall()).isZero();
    }

    @Test
    void score_bigramsSpanSentenceBoundaries_likeRouge155() {
        Map<String, RougeScore> s = scorer.score(List.of("rain fell.", "roads closed."),
                List.of(List.of("rain fell roads closed")));

        assertThat(s.get("ROUGE-2").recall()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void score_averageMode_poolsHitsAndCountsOverReferences() {
        List<List<String>> refs = List.of(List.of("the cat lay on the red mat"), List.of("a dog sat on a mat"));

        RougeScore pooled = scorer.score(List.of("the cat sat on the mat"), refs).get("ROUGE-1");

        assertThat(pooled.recall()).isCloseTo((5.0 + 3) / (7 + 6), within(EPS));
        assertThat(pooled.precision()).isCloseTo((5.0 + 3) / (6 * 2), within(EPS));
    }

    @Test
    void score_bestMode_keepsTheReferenceWithHighestRecall() {
        RougeScorer best = new RougeScorer(PLAIN.withModelMode(RougeOptions.ModelMode.BEST), RougeResources.none());
        List<List<String>> refs = List.of(List.of("a dog sat on a mat"), List.of("the cat lay on the red mat"));

        RougeScore s = best.score(List.of("the cat sat on the mat"), refs).get("ROUGE-1");

        assertThat(s.recall()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(s.precision()).isCloseTo(5.0 / 6, within(EPS));
    }

    @Test
    void score_alphaZero_fEqualsRecall() {
        RougeOptions o = PLAIN;
        RougeOptions recallOnly = new RougeOptions(o.convention(), o.maxN(), 0, 0, false, false, o.modelMode(), 0.0,
                o.confidence(), o.resamples(), o.seed(), o.lcs());
        RougeScore s = new RougeScorer(recallOnly, RougeResources.none())
                .score(List.of("the cat sat on the mat"), List.of(List.of("the cat lay on the red mat")))
                .get("ROUGE-1");

        assertThat(s.f()).isCloseTo(s.recall(), within(EPS));
    }

    @Test
    void score_rougeL_unionLcsOverSummarySentences() {
        Map<String, RougeScore> s = scorer.score(
                List.of("alpha beta zeta eta theta", "alpha gamma theta iota epsilon"),
                List.of(List.of("alpha beta gamma delta epsilon")));

        // LCS with the first sentence: alpha beta; with the second: alpha gamma epsilon; union: 4 of 5 tokens
        assertThat(s.get("ROUGE-L").recall()).isCloseTo(4.0 / 5, within(EPS));
        assertThat(s.get("ROUGE-L").precision()).isCloseTo(4.0 / 10, within(EPS));
    }

    @Test
    void score_rougeL_hitsClippedBySummaryTokenCounts() {
        Map<String, RougeScore> s = scorer.score(List.of("rain fell"),
                List.of(List.of("rain fell", "rain fell again")));

        // both reference sentences find "rain fell", but the summary holds each word once
        assertThat(s.get("ROUGE-L").recall()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(s.get("ROUGE-L").precision()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void score_emptySummary_allZero() {
        Map<String, RougeScore> s = scorer.score(List.of(), List.of(List.of("some reference words")));

        assertThat(s.values()).allSatisfy(v -> assertThat(v).isEqualTo(RougeScore.ZERO));
    }

    @Test
    void score_noReference_rejected() {
        assertThatThrownBy(() -> scorer.score(List.of("x"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void score_wordLimit_truncatesSummaryAndReferences() {
        RougeScorer limited = new RougeScorer(PLAIN.withLimits(3, 0), RougeResources.none());

        RougeScore s = limited.score(List.of("one two three four five"), List.of(List.of("one two six four five")))
                .get("ROUGE-1");

        // both cut to three words: {one two three} vs {one two six}
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void score_rougeScoreConvention_f1OfStemmedTokens() {
        RougeScorer google = new RougeScorer(RougeOptions.rougeScore(), RougeResources.none());

        Map<String, RougeScore> s = google.score(List.of("Officials were meeting on Monday.", "Talks resumed."),
                List.of(List.of("The officials met on Monday and talks resumed.")));

        assertThat(s.keySet()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum");
        // summary: offici were meet on mondai talk resum (7); reference: the offici met on mondai and talk resum (8)
        RougeScore r1 = s.get("ROUGE-1");
        assertThat(r1.recall()).isCloseTo(5.0 / 8, within(EPS));
        assertThat(r1.precision()).isCloseTo(5.0 / 7, within(EPS));
        assertThat(r1.f()).isCloseTo(2 * r1.recall() * r1.precision() / (r1.recall() + r1.precision()), within(EPS));
        // bigrams: "on mondai", "talk resum" match
        assertThat(s.get("ROUGE-2").recall()).isCloseTo(2.0 / 7, within(EPS));
        // Lsum: reference sentence LCS with "offici were meet on mondai" is offici on mondai; with the second
        // sentence talk resum; union 5 of 8
        assertThat(s.get("ROUGE-Lsum").recall()).isCloseTo(5.0 / 8, within(EPS));
        // whole-text L: one LCS, offici on mondai talk resum, also 5 here
        assertThat(s.get("ROUGE-L").recall()).isCloseTo(5.0 / 8, within(EPS));
    }

    @Test
    void score_rougeScoreConvention_wholeTextLcsIgnoresSentenceOrder() {
        RougeScorer google = new RougeScorer(RougeOptions.rougeScore(), RougeResources.none());

        Map<String, RougeScore> s = google.score(List.of("gamma delta", "alpha beta"),
                List.of(List.of("alpha beta gamma delta")));

        // whole text: one LCS of length 2; summary level: each sentence matches its own run, 4 of 4
        assertThat(s.get("ROUGE-L").recall()).isCloseTo(2.0 / 4, within(EPS));
        assertThat(s.get("ROUGE-Lsum").recall()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void average_meanOfTopicScores_withIntervalAroundIt() {
        List<Map<String, RougeScore>> topics = List.of(
                scorer.score(List.of("a b c d"), List.of(List.of("a b c d"))),
                scorer.score(List.of("a b c d"), List.of(List.of("a b x y"))));

        MetricAverage r1 = scorer.average(topics).get(0);

        assertThat(r1.metric()).isEqualTo("ROUGE-1");
        assertThat(r1.topics()).isEqualTo(2);
        assertThat(r1.mean().recall()).isCloseTo(0.75, within(EPS));
        assertThat(r1.recallCi().low()).isLessThanOrEqualTo(0.75);
        assertThat(r1.recallCi().high()).isGreaterThanOrEqualTo(0.75);
        assertThat(r1.recallCi().low()).isGreaterThanOrEqualTo(0.5);
        assertThat(r1.recallCi().high()).isLessThanOrEqualTo(1.0);
    }
}
