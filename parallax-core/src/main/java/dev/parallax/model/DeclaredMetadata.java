package dev.parallax.model;

import java.util.List;
import java.util.Optional;

/**
 * Metadata stated by the container of a document rather than found in its text, for example the
 * fields of a JSONL record or a feed entry. Values are raw strings; extraction parses and validates
 * them.
 *
 * @param authors the author names or bylines the container gives (a feed's {@code dc:creator},
 *                Atom {@code author}, JSON Feed {@code authors}), in order
 */
public record DeclaredMetadata(
    Optional<String> title, Optional<String> url, Optional<String> outlet, Optional<String> published,
    List<String> authors) {

  public static final DeclaredMetadata NONE =
      new DeclaredMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public DeclaredMetadata {
    title = blankToEmpty(title);
    url = blankToEmpty(url);
    outlet = blankToEmpty(outlet);
    published = blankToEmpty(published);
    authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
  }

  /** Metadata without authors. */
  public DeclaredMetadata(
      Optional<String> title, Optional<String> url, Optional<String> outlet, Optional<String> published) {
    this(title, url, outlet, published, List.of());
  }

  private static Optional<String> blankToEmpty(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
