package dev.parallax.model;

/**
 * What a reader should know about one source before trusting it.
 *
 * @param opinionScore loaded words, first/second person, questions and exclamations per 100 words
 * @param opinion      whether it reads as opinion rather than reporting
 * @param earlierPhase whether it is much older than the rest of the story, or undated in a dated
 *                     story: it may report an earlier phase
 */
public record SourceSignals(double opinionScore, boolean opinion, boolean earlierPhase) {}
