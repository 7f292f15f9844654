package dev.parallax.model;

import java.util.Objects;

/**
 * One item read from an input, before extraction.
 *
 * @param source   where it was read from: a file path, {@code path#line} for a JSONL record, or a URL
 * @param format   how {@code content} is encoded
 * @param content  the decoded text or HTML
 * @param declared metadata the container declared (JSONL fields, feed entries); may be empty
 */
public record RawDocument(String source, Format format, String content, DeclaredMetadata declared) {

  /** The content kinds extraction understands. */
  public enum Format { TEXT, HTML }

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    declared = declared == null ? DeclaredMetadata.NONE : declared;
  }
}
