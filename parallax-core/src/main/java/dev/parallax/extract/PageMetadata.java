package dev.parallax.extract;

import dev.parallax.model.PublicationDate;
import java.util.List;
import java.util.Optional;

/**
 * Metadata a page states in its markup (JSON-LD, meta tags, {@code <time>}, canonical link,
 * headline elements), each field already chosen by the markup's own precedence.
 */
record PageMetadata(
    Optional<String> title,
    Optional<String> url,
    Optional<String> outlet,
    Optional<PublicationDate> published,
    Optional<PublicationDate> modified,
    List<String> authors) {

  static final PageMetadata NONE = new PageMetadata(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  PageMetadata {
    authors = List.copyOf(authors);
  }
}
