package dev.parallax.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads files and folders (recursively) of {@code .txt}, {@code .html}/{@code .htm} and
 * {@code .jsonl} articles. A bad file or record becomes an {@link dev.parallax.model.InputFailure}
 * and reading goes on. Thread-safe.
 */
public final class InputReader {
  // STUB: replaced by the ingest implementation.
  public IngestResult read(List<Path> paths) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
