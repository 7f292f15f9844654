/**
 * Exact and near-duplicate detection: a copy points to its original.
 * {@link dev.parallax.dedup.CopyDetector} finds copies with {@link dev.parallax.dedup.Shingler}
 * (normalised word shingles), {@link dev.parallax.dedup.MinHasher} (signatures) and
 * {@link dev.parallax.dedup.LshIndex} (candidate pairs), verified on exact shingle sets.
 */
package dev.parallax.dedup;
