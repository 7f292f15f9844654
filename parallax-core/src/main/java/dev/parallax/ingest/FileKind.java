package dev.parallax.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input file types Parallax reads, recognised by file name extension. */
enum FileKind {
  TEXT,
  HTML,
  JSONL;

  static final String EXPECTED = ".txt, .html, .htm, .jsonl";

  /** The kind of {@code file} by its extension, or empty when the type is not supported. */
  static Optional<FileKind> of(Path file) {
    return switch (extension(file)) {
      case ".txt" -> Optional.of(TEXT);
      case ".html", ".htm" -> Optional.of(HTML);
      case ".jsonl" -> Optional.of(JSONL);
      default -> Optional.empty();
    };
  }

  /** The lower-cased extension of {@code file} with its dot, or "" when it has none. */
  static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    return dot <= 0 ? "" : text.substring(dot).toLowerCase(Locale.ROOT);
  }
}
