package dev.parallax.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input file types Parallax reads, recognised by file name extension. */
enum FileKind {
  TEXT,
  HTML,
  JSONL,
  /** RSS 2.0 or Atom: each entry one document. */
  FEED,
  /** JSON Feed (jsonfeed.org): each item one document. */
  JSON_FEED,
  /** WARC, plain or gzipped per record: each response/resource record one document. */
  WARC;

  static final String EXPECTED =
      ".txt, .html, .htm, .jsonl, .xml, .rss, .atom, .json, .warc, .warc.gz, or any of them .gz";

  /** The kind of {@code file} by its extension, or empty when the type is not supported. */
  static Optional<FileKind> of(Path file) {
    String name = fileName(file);
    if (name.endsWith(".warc.gz") || name.endsWith(".warc")) {
      return Optional.of(WARC);
    }
    return ofExtension(extension(withoutGz(name)));
  }

  /** Whether {@code file} is a gzip-compressed file of another kind (not a WARC, read as such). */
  static boolean isGzipped(Path file) {
    String name = fileName(file);
    return name.endsWith(".gz") && !name.endsWith(".warc.gz");
  }

  private static Optional<FileKind> ofExtension(String extension) {
    return switch (extension) {
      case ".txt" -> Optional.of(TEXT);
      case ".html", ".htm" -> Optional.of(HTML);
      case ".jsonl" -> Optional.of(JSONL);
      case ".xml", ".rss", ".atom" -> Optional.of(FEED);
      case ".json" -> Optional.of(JSON_FEED);
      default -> Optional.empty();
    };
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  private static String withoutGz(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /** The lower-cased extension of {@code file} with its dot, or "" when it has none. */
  static String extension(Path file) {
    return extension(fileName(file));
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }
}
