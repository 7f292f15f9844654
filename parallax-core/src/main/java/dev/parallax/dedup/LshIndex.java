package dev.parallax.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into bands and items
 * whose signatures agree on a whole band fall in the same bucket. Items sharing a bucket are
 * candidates; everything else is never compared. Items can be added one at a time, so the index
 * also serves streaming input. Not thread-safe.
 */
public final class LshIndex {
  private final int bands;
  private final int rowsPerBand;
  private final List<Map<Long, List<String>>> buckets = new ArrayList<>();

  /** An empty index for signatures of {@code bands * rowsPerBand} values. */
  public LshIndex(int bands, int rowsPerBand) {
    if (bands < 1 || rowsPerBand < 1) {
      throw new IllegalArgumentException("bands and rows must be positive");
    }
    this.bands = bands;
    this.rowsPerBand = rowsPerBand;
    for (int b = 0; b < bands; b++) {
      buckets.add(new HashMap<>());
    }
  }

  /** The ids already indexed that share at least one band with {@code signature}, sorted. */
  public List<String> candidates(long[] signature) {
    checkLength(signature);
    TreeSet<String> found = new TreeSet<>();
    for (int b = 0; b < bands; b++) {
      List<String> bucket = buckets.get(b).get(bandKey(signature, b));
      if (bucket != null) {
        found.addAll(bucket);
      }
    }
    return List.copyOf(found);
  }

  /** Indexes {@code id} under {@code signature}. */
  public void add(String id, long[] signature) {
    checkLength(signature);
    for (int b = 0; b < bands; b++) {
      buckets.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>()).add(id);
    }
  }

  /** The candidates of {@code signature} among earlier items, then indexes it. */
  public List<String> addAndQuery(String id, long[] signature) {
    List<String> found = candidates(signature);
    add(id, signature);
    return found;
  }

  private long bandKey(long[] signature, int band) {
    long key = 0x84222325cbf29ce4L;
    for (int r = band * rowsPerBand; r < (band + 1) * rowsPerBand; r++) {
      key = MinHasher.mix(key ^ signature[r]);
    }
    return key;
  }

  private void checkLength(long[] signature) {
    if (signature.length != bands * rowsPerBand) {
      throw new IllegalArgumentException(
          "signature length " + signature.length + " != " + bands + " x " + rowsPerBand);
    }
  }
}
