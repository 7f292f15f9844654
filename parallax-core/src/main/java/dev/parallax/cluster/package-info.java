/**
 * Incremental story clustering with stable story ids. {@link dev.parallax.cluster.StoryClusterer}
 * assigns each arriving article to the best-matching story or starts a new one, and on request
 * reconciles its recent assignments ({@link dev.parallax.cluster.StoryMove} records each correction);
 * {@code StorySimilarity} defines the match (TF-IDF, entity overlap, time
 * decay) and {@link dev.parallax.cluster.ClusteringConfig} its tuning;
 * {@link dev.parallax.cluster.PairSimilarity} exposes the same score for two articles.
 */
package dev.parallax.cluster;
