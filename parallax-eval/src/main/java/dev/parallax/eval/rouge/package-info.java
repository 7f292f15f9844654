/**
 * ROUGE, reimplemented to reproduce ROUGE-1.5.5 exactly (proved on the published DUC 2004 per-topic scores), with
 * the google rouge-score convention as a second mode. Entry point: {@link dev.parallax.eval.rouge.RougeScorer}.
 */
package dev.parallax.eval.rouge;
