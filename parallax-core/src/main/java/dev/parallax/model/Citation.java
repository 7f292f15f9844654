package dev.parallax.model;

import java.util.Objects;

/**
 * Where a piece of briefing text comes from: a sentence of one article, by index and body span.
 *
 * @param articleId the article's id
 * @param source    the path or URL the article was read from
 * @param sentence  the sentence index in that article
 * @param start     body offset of the cited text's first character
 * @param end       body offset just past its last character
 */
public record Citation(String articleId, String source, int sentence, int start, int end) {
  public Citation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad citation span [" + start + "," + end + ")");
    }
  }
}
