package dev.parallax.eval.rouge;

/** Which published ROUGE implementation the scores must agree with. */
public enum RougeConvention {
    /**
     * Chin-Yew Lin's ROUGE-1.5.5 Perl script, the DUC/TAC standard: hyphens kept inside tokens, tokens must
     * start with a letter, digit or dollar sign, words longer than 3 characters stemmed with the WordNet
     * exception list then Porter, recall-oriented reports.
     */
    ROUGE_155,
    /**
     * Google's {@code rouge-score} Python package (used for Multi-News and most neural work): lowercase,
     * every run of non-{@code [a-z0-9]} characters is a separator, Porter stemming of words longer than 3
     * characters, F1 reported, one reference.
     */
    ROUGE_SCORE
}
