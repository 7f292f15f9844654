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
 * @param modified  when the article was last updated, with its evidence, when the page says
 * @param canonicalUrl the URL the page names as its own (canonical link, {@code og:url}, JSON-LD)
 * @param language  the language of the body, when it can be told
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    String title,
    Optional<String> outlet,
    Optional<PublicationDate> published,
    List<String> authors,
    String body,
    Optional<PublicationDate> modified,
    Optional<String> canonicalUrl,
    Optional<DetectedLanguage> language) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    url = url == null ? Optional.empty() : url;
    outlet = outlet == null ? Optional.empty() : outlet;
    published = published == null ? Optional.empty() : published;
    authors = authors == null ? List.of() : List.copyOf(authors);
    modified = modified == null ? Optional.empty() : modified;
    canonicalUrl = canonicalUrl == null ? Optional.empty() : canonicalUrl;
    language = language == null ? Optional.empty() : language;
  }

  /** An article without modification date, canonical URL or language (tests, data sets that lack them). */
  public Article(String id, String source, Optional<String> url, String title, Optional<String> outlet,
      Optional<PublicationDate> published, List<String> authors, String body) {
    this(id, source, url, title, outlet, published, authors, body, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The id Parallax gives the article read from {@code source}: stable across runs. */
  public static String idFor(String source) {
    return "a" + Hashing.shortHex(source, 10);
  }
}
