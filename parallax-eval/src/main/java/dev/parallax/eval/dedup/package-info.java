/**
 * Measures copy detection on real articles. {@link dev.parallax.eval.dedup.CopyEval} compares every pair of a
 * pooled set exactly to see what the MinHash/LSH detector misses, and reprints clean articles through each
 * {@link dev.parallax.eval.dedup.CopyVariant} (page furniture, cuts, added paragraphs, word edits) to see which
 * copies are found and whether the source is named their original.
 */
package dev.parallax.eval.dedup;
