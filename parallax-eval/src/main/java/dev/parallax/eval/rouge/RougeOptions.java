package dev.parallax.eval.rouge;

/**
 * How summaries are scored; each field mirrors a ROUGE-1.5.5 command-line option so that a published
 * setting can be written down exactly.
 *
 * @param convention      text normalisation and formula family (ROUGE-1.5.5 or google rouge-score)
 * @param maxN            highest n-gram order scored ({@code -n}); ROUGE-1 up to ROUGE-maxN
 * @param wordLimit       keep only the first N words of every summary ({@code -l}); 0 = no limit
 * @param byteLimit       keep only the first N bytes of every summary ({@code -b}); 0 = no limit; wins over words
 * @param stem            Porter stemming, with the exception list when loaded ({@code -m})
 * @param removeStopwords drop SMART stopwords before counting ({@code -s})
 * @param modelMode       combine several references by pooled average or best one ({@code -f A|B})
 * @param alpha           weight of precision in F ({@code -p}): F = 1/(alpha/P + (1-alpha)/R); 0.5 = F1
 * @param confidence      confidence level of the bootstrap interval ({@code -c 95} = 0.95)
 * @param resamples       bootstrap resamples ({@code -r})
 * @param seed            bootstrap random seed (ROUGE-1.5.5 is unseeded; we are deterministic)
 * @param lcs             also compute ROUGE-L (summary-level union LCS)
 */
public record RougeOptions(
        RougeConvention convention,
        int maxN,
        int wordLimit,
        int byteLimit,
        boolean stem,
        boolean removeStopwords,
        ModelMode modelMode,
        double alpha,
        double confidence,
        int resamples,
        long seed,
        boolean lcs) {

    /** How scores against several reference summaries are combined. */
    public enum ModelMode {
        /** {@code -f A}: hits and counts pooled over all references (ROUGE's "model average"). */
        AVERAGE,
        /** {@code -f B}: the reference giving the highest recall. */
        BEST
    }

    /** Default bootstrap seed. */
    public static final long DEFAULT_SEED = 20040101L;

    public RougeOptions {
        if (convention == null || modelMode == null) {
            throw new IllegalArgumentException("convention and modelMode are required");
        }
        if (maxN < 1 || wordLimit < 0 || byteLimit < 0 || resamples < 0) {
            throw new IllegalArgumentException("maxN >= 1, limits and resamples >= 0");
        }
        if (alpha < 0 || alpha > 1 || confidence <= 0 || confidence >= 1) {
            throw new IllegalArgumentException("alpha in [0,1], confidence in (0,1)");
        }
    }

    /**
     * The SumRepo setting for DUC 2004: {@code -n 4 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0 -a}
     * (stopwords kept, 100 words, Porter with the exception list, pooled references), plus ROUGE-L.
     */
    public static RougeOptions duc2004Words() {
        return new RougeOptions(RougeConvention.ROUGE_155, 4, 100, 0, true, false, ModelMode.AVERAGE,
                0.5, 0.95, 1000, DEFAULT_SEED, true);
    }

    /** The official DUC 2004 cut: as {@link #duc2004Words()} but at 665 bytes ({@code -b 665}). */
    public static RougeOptions duc2004Bytes() {
        return duc2004Words().withLimits(0, 665);
    }

    /**
     * The google rouge-score convention used for Multi-News: lowercase, {@code [a-z0-9]+} tokens, Porter
     * stemming, ROUGE-1/2, ROUGE-L (whole text) and ROUGE-Lsum (one sentence per line), one reference, F1
     * reported; no truncation.
     */
    public static RougeOptions rougeScore() {
        return new RougeOptions(RougeConvention.ROUGE_SCORE, 2, 0, 0, true, false, ModelMode.AVERAGE,
                0.5, 0.95, 1000, DEFAULT_SEED, true);
    }

    /**
     * The MultiLing 2011 pilot setting: {@code -n 2 -x -c 95 -r 1000 -f A -p 0.5 -t 0} (no stemming, no stopword
     * removal, no truncation: participants kept to 250 words themselves). Its skip-bigram measure
     * ({@code -2 4 -u}) is not computed.
     */
    public static RougeOptions multiLing2011() {
        return new RougeOptions(RougeConvention.ROUGE_155, 2, 0, 0, false, false, ModelMode.AVERAGE,
                0.5, 0.95, 1000, DEFAULT_SEED, false);
    }

    /** A copy with other length limits. */
    public RougeOptions withLimits(int words, int bytes) {
        return new RougeOptions(convention, maxN, words, bytes, stem, removeStopwords, modelMode, alpha,
                confidence, resamples, seed, lcs);
    }

    /** A copy with another reference-combination mode. */
    public RougeOptions withModelMode(ModelMode mode) {
        return new RougeOptions(convention, maxN, wordLimit, byteLimit, stem, removeStopwords, mode, alpha,
                confidence, resamples, seed, lcs);
    }

    /** A copy with stemming switched on or off. */
    public RougeOptions withStemming(boolean on) {
        return new RougeOptions(convention, maxN, wordLimit, byteLimit, on, removeStopwords, modelMode, alpha,
                confidence, resamples, seed, lcs);
    }

    /** A copy with stopword removal switched on or off. */
    public RougeOptions withStopwordRemoval(boolean on) {
        return new RougeOptions(convention, maxN, wordLimit, byteLimit, stem, on, modelMode, alpha,
                confidence, resamples, seed, lcs);
    }

    /** A copy with another bootstrap seed. */
    public RougeOptions withSeed(long newSeed) {
        return new RougeOptions(convention, maxN, wordLimit, byteLimit, stem, removeStopwords, modelMode, alpha,
                confidence, resamples, newSeed, lcs);
    }

    /** The equivalent ROUGE-1.5.5 flags, for reports. */
    public String describe() {
        if (convention == RougeConvention.ROUGE_SCORE) {
            return "rouge-score convention: lowercase, [a-z0-9]+ tokens, " + (stem ? "Porter stemming" : "no stemming")
                    + ", ROUGE-1.." + maxN + (lcs ? ", ROUGE-L and ROUGE-Lsum" : "")
                    + (wordLimit > 0 ? ", summaries cut at " + wordLimit + " words" : "") + ", report F1";
        }
        StringBuilder b = new StringBuilder("ROUGE-1.5.5 -n ").append(maxN);
        if (stem) {
            b.append(" -m");
        }
        if (removeStopwords) {
            b.append(" -s");
        }
        if (byteLimit > 0) {
            b.append(" -b ").append(byteLimit);
        } else if (wordLimit > 0) {
            b.append(" -l ").append(wordLimit);
        }
        b.append(" -c ").append(Math.round(confidence * 100)).append(" -r ").append(resamples)
                .append(" -f ").append(modelMode == ModelMode.AVERAGE ? "A" : "B")
                .append(" -p ").append(alpha).append(" -t 0");
        if (!lcs) {
            b.append(" -x");
        }
        return b.toString();
    }
}
