package dev.parallax.ingest;

import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads files and folders (recursively) of {@code .txt}, {@code .html}/{@code .htm} and
 * {@code .jsonl} articles. A bad file or record becomes an {@link dev.parallax.model.InputFailure}
 * and reading goes on. Thread-safe.
 *
 * <p>Folder contents are read in sorted path order so that runs are repeatable; inside folders,
 * hidden entries and files of other types are skipped silently, while a file named explicitly with
 * an unsupported type is a failure (the user asked for it).
 */
public final class InputReader {
  private final IngestLimits limits;
  private final JsonlReader jsonl = new JsonlReader();

  /** A reader with the default limits ({@link IngestLimits#DEFAULT}). */
  public InputReader() {
    this(IngestLimits.DEFAULT);
  }

  /** A reader with the given limits. */
  public InputReader(IngestLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Reads every path in order: files directly, folders recursively. Never throws for a bad input;
   * each one becomes a failure with its reason.
   */
  public IngestResult read(List<Path> paths) {
    List<RawDocument> documents = new ArrayList<>();
    List<InputFailure> failures = new ArrayList<>();
    // A file reached twice (a folder and a file in it, or a repeated argument) is read once.
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : filesIn(path, failures)) {
          if (seen.add(file.toAbsolutePath().normalize())) {
            FileKind.of(file).ifPresent(kind -> readFile(file, kind, documents, failures));
          }
        }
      } else if (seen.add(path.toAbsolutePath().normalize())) {
        readNamedFile(path, documents, failures);
      }
    }
    return new IngestResult(documents, failures);
  }

  /** A file the user named: unlike in folders, a missing or unsupported one is a failure. */
  private void readNamedFile(Path path, List<RawDocument> documents, List<InputFailure> failures) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      failures.add(new InputFailure(path.toString(), "no such file or folder"));
      return;
    }
    Optional<FileKind> kind = FileKind.of(path);
    if (kind.isPresent()) {
      readFile(path, kind.get(), documents, failures);
    } else {
      failures.add(new InputFailure(path.toString(), unsupported(path)));
    }
  }

  private static String unsupported(Path path) {
    String extension = FileKind.extension(path);
    String type = extension.isEmpty() ? "without extension" : extension;
    return "unsupported file type " + type + " (expected " + FileKind.EXPECTED + ")";
  }

  /** The regular, non-hidden files under {@code folder}, sorted by path. */
  private static List<Path> filesIn(Path folder, List<InputFailure> failures) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                failures.add(new InputFailure(file.toString(), "cannot read: " + message(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(new InputFailure(folder.toString(), "cannot read: " + message(e)));
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(
      Path file, FileKind kind, List<RawDocument> documents, List<InputFailure> failures) {
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        failures.add(
            new InputFailure(
                source,
                "file too large: " + humanSize(size) + " (limit " + humanSize(limits.maxFileBytes()) + ")"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      failures.add(new InputFailure(source, "cannot read: " + message(e)));
      return;
    }
    Optional<String> binary = ContentSniffer.binaryReason(bytes);
    if (binary.isPresent()) {
      failures.add(new InputFailure(source, binary.get()));
      return;
    }
    String content = ContentSniffer.decode(bytes);
    if (content.isBlank()) {
      failures.add(new InputFailure(source, "empty file"));
      return;
    }
    switch (kind) {
      case TEXT -> documents.add(
          new RawDocument(source, RawDocument.Format.TEXT, content, DeclaredMetadata.NONE));
      case HTML -> documents.add(
          new RawDocument(source, RawDocument.Format.HTML, content, DeclaredMetadata.NONE));
      case JSONL -> jsonl.read(source, content, documents, failures);
    }
  }

  /** A size in the largest unit that keeps it readable: bytes, KB or MB (rounded up). */
  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return ceilDiv(bytes, 1024) + " KB";
    }
    return ceilDiv(bytes, 1024 * 1024) + " MB";
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }

  /** A short, user-facing cause: the file system's reason rather than the echoed path. */
  private static String message(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message;
  }
}
