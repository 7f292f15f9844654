package dev.parallax.eval.rouge;

/** Which published ROUGE implementation the scores must agree with. */
public enum RougeConvention {
    /**
     * Chin-Yew Lin's ROUGE-1.5.5 Perl script, the DUC/TAC standard: ASCII letters and digits only, words
     * longer than 3 characters replaced by their WordNet exception lemma or else stemmed by ROUGE's Porter
     * (with its repeated step 4), recall-oriented reports.
     */
    ROUGE_155,
    /**
     * Google's {@code rouge-score} Python package (used for Multi-News and most neural work): lowercase,
     * every run of non-{@code [a-z0-9]} characters is a separator, single-pass Porter stemming of words longer
     * than 3 characters (no exception list), F1 reported, one reference.
     */
    ROUGE_SCORE
}
