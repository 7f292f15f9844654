package dev.parallax.eval.cluster;

/** The order in which the pooled documents reach the clusterer. */
public enum ArrivalOrder {
    /** A seeded shuffle of all documents, sets mixed. */
    RANDOM,
    /**
     * By publication date, oldest first; undated documents after the dated ones. Documents of one date (and the
     * undated ones) keep their shuffled order, so no story arrives grouped by accident.
     */
    DATE
}
