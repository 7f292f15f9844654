/** Exact and near-duplicate detection: a copy points to its original. */
package dev.parallax.dedup;
