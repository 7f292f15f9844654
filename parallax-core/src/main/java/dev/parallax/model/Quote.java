package dev.parallax.model;

import java.util.Optional;

/**
 * A quoted span with the one who said it.
 *
 * @param text     the words inside the quotation marks, exactly {@code body.substring(start, end)}
 * @param speaker  the speaker as named in the article (a person or an organisation), when found
 * @param sentence index of the sentence where the quote starts
 * @param start    body offset of the first quoted character (inside the marks)
 * @param end      body offset just past the last quoted character
 */
public record Quote(String text, Optional<String> speaker, int sentence, int start, int end) {
  public Quote {
    speaker = speaker == null ? Optional.empty() : speaker;
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad quote span [" + start + "," + end + ")");
    }
  }
}
