package dev.parallax.ingest.fetch;

/** A URL that could not be fetched; the message is the user-facing reason (timeout, status, ...). */
public final class FetchException extends Exception {
  public FetchException(String reason) {
    super(reason, null, false, false);
  }
}
