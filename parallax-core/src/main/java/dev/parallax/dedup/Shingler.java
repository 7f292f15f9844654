package dev.parallax.dedup;

import java.util.Arrays;
import java.util.Locale;

/**
 * Turns an article body into a comparable form: normalised text and hashed word shingles.
 * Normalising (lowercase, letters and digits only, single spaces) makes copies that differ only in
 * punctuation, case or layout identical.
 */
public final class Shingler {
  private final int shingleSize;

  /** A shingler of {@code shingleSize}-word shingles. */
  public Shingler(int shingleSize) {
    if (shingleSize < 1) {
      throw new IllegalArgumentException("shingleSize must be positive");
    }
    this.shingleSize = shingleSize;
  }

  /** Lowercase, every run of non letters/digits replaced by one space, trimmed. */
  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(cp);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /**
   * The distinct 64-bit hashes of the word shingles of normalised text, sorted ascending (so set
   * operations are merges). Text with fewer words than a shingle has no shingles.
   */
  public long[] shingles(String normalisedText) {
    if (normalisedText.isEmpty()) {
      return new long[0];
    }
    String[] words = normalisedText.split(" ");
    int count = words.length - shingleSize + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a 64: stable across JVMs, unlike String.hashCode mixing
      for (int w = i; w < i + shingleSize; w++) {
        String word = words[w];
        for (int c = 0; c < word.length(); c++) {
          h ^= word.charAt(c);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      hashes[i] = h;
    }
    Arrays.sort(hashes);
    return Arrays.stream(hashes).distinct().toArray();
  }

  /** Size of the intersection of two sorted distinct arrays. */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /** Exact Jaccard of two sorted distinct shingle sets; 0 when both are empty. */
  public static double jaccard(long[] a, long[] b) {
    return overlap(a, b).jaccard();
  }

  /**
   * How two shingle sets overlap, from one pass over both.
   *
   * @param jaccard     shared over either, 0 when both are empty
   * @param containment shared over the smaller set, 0 when either is empty
   */
  public record Overlap(double jaccard, double containment) {}

  /** The {@link Overlap} of two sorted distinct shingle sets. */
  public static Overlap overlap(long[] a, long[] b) {
    int common = intersectionSize(a, b);
    int union = a.length + b.length - common;
    int smaller = Math.min(a.length, b.length);
    return new Overlap(union == 0 ? 0 : (double) common / union, smaller == 0 ? 0 : (double) common / smaller);
  }
}
