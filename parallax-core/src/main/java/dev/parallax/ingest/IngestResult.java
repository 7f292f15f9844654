package dev.parallax.ingest;

import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.util.List;

/** What a read produced: the documents accepted and the inputs refused, each in input order. */
public record IngestResult(List<RawDocument> documents, List<InputFailure> failures) {
  public IngestResult {
    documents = List.copyOf(documents);
    failures = List.copyOf(failures);
  }
}
