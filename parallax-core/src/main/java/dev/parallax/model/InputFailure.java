package dev.parallax.model;

/**
 * An input that could not be used, with the reason in words a user can act on.
 *
 * @param source the file, record ({@code path#line}) or URL
 * @param reason why it was skipped, e.g. "empty file" or "binary content (NUL bytes)"
 */
public record InputFailure(String source, String reason) {
  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
