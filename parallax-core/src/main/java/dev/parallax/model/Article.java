package dev.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned article: the main text with page leftovers removed, and its metadata.
 *
 * @param id        stable short id derived from {@code source}
 * @param source    where it was read from (path, {@code path#line} or URL)
 * @param url       the article's URL when known (canonical or declared)
 * @param title     the headline; never blank (falls back to the first sentence)
 * @param outlet    the publisher's name when known
 * @param published the publication date with its evidence, when known
 * @param authors   byline names, without "By"
 * @param body      the article text, paragraphs separated by a blank line ({@code "\n\n"})
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    String title,
    Optional<String> outlet,
    Optional<PublicationDate> published,
    List<String> authors,
    String body) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    url = url == null ? Optional.empty() : url;
    outlet = outlet == null ? Optional.empty() : outlet;
    published = published == null ? Optional.empty() : published;
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** The id Parallax gives the article read from {@code source}: stable across runs. */
  public static String idFor(String source) {
    return "a" + Hashing.shortHex(source, 10);
  }
}
