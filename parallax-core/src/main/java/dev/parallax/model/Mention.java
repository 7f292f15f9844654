package dev.parallax.model;

/**
 * One occurrence of a name in an article body.
 *
 * @param text     the surface form, exactly {@code body.substring(start, end)}
 * @param type     the entity type guessed for it
 * @param sentence index of the sentence it is in
 * @param start    body offset of its first character
 * @param end      body offset just past its last character
 */
public record Mention(String text, EntityType type, int sentence, int start, int end) {
  public Mention {
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad mention span [" + start + "," + end + ") for " + text);
    }
  }
}
