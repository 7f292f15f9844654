package dev.parallax.model;

import java.util.Optional;

/**
 * Metadata stated by the container of a document rather than found in its text, for example the
 * fields of a JSONL record. Values are raw strings; extraction parses and validates them.
 */
public record DeclaredMetadata(
    Optional<String> title, Optional<String> url, Optional<String> outlet, Optional<String> published) {

  public static final DeclaredMetadata NONE =
      new DeclaredMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public DeclaredMetadata {
    title = blankToEmpty(title);
    url = blankToEmpty(url);
    outlet = blankToEmpty(outlet);
    published = blankToEmpty(published);
  }

  private static Optional<String> blankToEmpty(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
