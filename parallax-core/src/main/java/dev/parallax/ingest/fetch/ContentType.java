package dev.parallax.ingest.fetch;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed Content-Type header: the media type (lower case, e.g. {@code text/html}) and the charset
 * parameter when it names a charset Java knows.
 */
public record ContentType(String mediaType, Optional<Charset> charset) {

  /** Parses a header value such as {@code text/html; charset="windows-1252"}. */
  public static ContentType parse(String header) {
    String[] parts = header.split(";");
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    Optional<Charset> charset = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int eq = parameter.indexOf('=');
      if (eq > 0 && parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        String name = parameter.substring(eq + 1).strip().replace("\"", "").replace("'", "");
        try {
          charset = Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
          charset = Optional.empty(); // the page's own declaration or sniffing decides
        }
      }
    }
    return new ContentType(media, charset);
  }
}
