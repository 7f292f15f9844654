package dev.parallax.ingest;

/**
 * Limits that protect reading from inputs too large to be articles.
 *
 * @param maxFileBytes the largest file read, in bytes; larger files become failures without being
 *                     read
 */
public record IngestLimits(long maxFileBytes) {

  /** 20 MB per file: far above any real article page, small enough to keep memory bounded. */
  public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024);

  public IngestLimits {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }
  }
}
