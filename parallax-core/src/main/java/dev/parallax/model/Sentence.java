package dev.parallax.model;

/**
 * A sentence of an article body.
 *
 * @param index position among the article's sentences, from 0
 * @param start offset of its first character in the body
 * @param end   offset just past its last character
 * @param text  exactly {@code body.substring(start, end)}
 */
public record Sentence(int index, int start, int end, String text) {
  public Sentence {
    if (index < 0 || start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad sentence span " + index + " [" + start + "," + end + ")");
    }
  }
}
