package dev.parallax.dedup;

/**
 * Tuning of {@link CopyDetector}.
 *
 * <p>The LSH defaults (42 bands of 3 rows, 126 hash functions) make a pair with shingle Jaccard 0.5
 * a candidate with probability above 0.99 and a pair at 0.35 (a wire copy with an added paragraph,
 * caught by containment) with about 0.85, while pairs below 0.1 almost never become candidates.
 *
 * @param shingleSize          words per shingle
 * @param jaccardThreshold     a verified pair is a copy when its shingle Jaccard reaches this
 * @param containmentThreshold ... or when |A∩B| / min(|A|,|B|) reaches this
 * @param minShingles          bodies with fewer shingles are compared by exact normalised text only
 * @param bands                LSH bands
 * @param rowsPerBand          MinHash values per band; bands × rows hash functions are used
 * @param seed                 seed of the MinHash family, so signatures are the same on every run
 */
public record CopyDetectionConfig(
    int shingleSize,
    double jaccardThreshold,
    double containmentThreshold,
    int minShingles,
    int bands,
    int rowsPerBand,
    long seed) {

  /** The documented defaults. */
  public static final CopyDetectionConfig DEFAULTS =
      new CopyDetectionConfig(5, 0.5, 0.8, 10, 42, 3, 0x5eed_c0de_2026L);

  public CopyDetectionConfig {
    if (shingleSize < 1 || minShingles < 1 || bands < 1 || rowsPerBand < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
    if (jaccardThreshold <= 0 || jaccardThreshold > 1 || containmentThreshold <= 0 || containmentThreshold > 1) {
      throw new IllegalArgumentException("thresholds must be in (0,1]");
    }
  }

  /** How many MinHash functions a signature has. */
  public int signatureLength() {
    return bands * rowsPerBand;
  }
}
