/**
 * Measures story clustering and the same-event score. {@link dev.parallax.eval.cluster.ClusteringEval} pools
 * real stories ({@link dev.parallax.eval.cluster.ClusterPool}: DUC topics, Multi-News rows), runs them through
 * extraction, analysis and the clusterer in random and date order, and scores B-cubed and pairwise against the
 * truth next to Carrot2; {@link dev.parallax.eval.cluster.SimilarityEval} correlates the pair score with
 * SemEval-2022 Task 8 judgements; {@link dev.parallax.eval.cluster.ClusterBenchmark} streams synthetic fictional
 * news ({@link dev.parallax.eval.cluster.SyntheticNews}) to measure speed and memory at scale.
 */
package dev.parallax.eval.cluster;
