package dev.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at raw file bytes: recognises binary content and decodes text (UTF-8 with a BOM stripped,
 * falling back to windows-1252 for bytes that are not valid UTF-8, as older pages often are).
 */
final class ContentSniffer {
  /** How much of a file's start is inspected for binary content. */
  static final int SNIFF_BYTES = 8 * 1024;

  /** Above this share of control characters in the sniffed prefix the file is taken as binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private ContentSniffer() {}

  /** Why {@code bytes} look binary rather than text, or empty when they look like text. */
  static Optional<String> binaryReason(byte[] bytes) {
    if (utf16Bom(bytes).isPresent()) {
      return Optional.empty(); // UTF-16 text is full of NUL bytes
    }
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary content (NUL bytes)");
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    if (length > 0 && control > length * MAX_CONTROL_SHARE) {
      return Optional.of("binary content (control characters)");
    }
    return Optional.empty();
  }

  /**
   * The text of {@code bytes}: UTF-16 when it starts with a UTF-16 byte-order mark; UTF-8 (BOM
   * stripped) when valid; else the charset the content declares ({@code <meta charset>}, the
   * {@code http-equiv} content type, or the XML declaration) when Java knows it; else windows-1252,
   * which older pages labelled ISO-8859-1 really use.
   */
  static String decode(byte[] bytes) {
    Optional<Charset> utf16 = utf16Bom(bytes);
    if (utf16.isPresent()) {
      return new String(bytes, 2, bytes.length - 2, utf16.get());
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      Charset charset = declaredCharset(bytes).filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(WINDOWS_1252);
      return decodeAs(bytes, start, bytes.length - start, charset);
    }
  }

  /**
   * {@code bytes} in {@code charset}; windows-1252 and the Latin-1 and ASCII labels older pages put
   * on it are read as windows-1252 with its undefined bytes kept ({@link Windows1252}).
   */
  static String decodeAs(byte[] bytes, int offset, int length, Charset charset) {
    return Windows1252.standsFor(charset)
        ? Windows1252.decode(bytes, offset, length)
        : new String(bytes, offset, length, charset);
  }

  /** How far into the content a charset declaration is looked for. */
  private static final int DECLARATION_BYTES = 4096;
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile("(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]{2,40})");

  /** The charset declared near the start of {@code bytes}, when it names one Java supports. */
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> utf16Bom(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
