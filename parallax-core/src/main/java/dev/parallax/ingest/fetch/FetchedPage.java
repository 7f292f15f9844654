package dev.parallax.ingest.fetch;

import java.util.Objects;
import java.util.Optional;

/**
 * A successfully fetched response body.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL the body came from, after redirects
 * @param contentType  the Content-Type header, when the server sent one
 * @param body         the body, already decompressed (gzip/deflate content-encoding)
 */
public record FetchedPage(String requestedUrl, String finalUrl, Optional<ContentType> contentType, byte[] body) {
  public FetchedPage {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(body, "body");
    contentType = contentType == null ? Optional.empty() : contentType;
  }
}
