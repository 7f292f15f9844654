/**
 * Exact and near-duplicate detection: a copy points to its original.
 * {@link dev.parallax.dedup.CopyDetector} finds copies with {@link dev.parallax.dedup.Shingler}
 * (normalised word shingles), {@link dev.parallax.dedup.MinHasher} (signatures),
 * {@link dev.parallax.dedup.LshIndex} (candidate pairs by Jaccard) and a sampled-shingle index
 * (candidate pairs by containment: a short body inside a long one), verified on exact shingle sets.
 */
package dev.parallax.dedup;
