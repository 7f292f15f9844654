package dev.parallax.extract;

/** A document from which no article could be extracted; the message says why. */
public final class ExtractionException extends Exception {
  public ExtractionException(String message) {
    super(message);
  }
}
