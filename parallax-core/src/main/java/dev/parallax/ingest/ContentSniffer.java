package dev.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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

  /** The text of {@code bytes}: UTF-8 (BOM stripped) when valid, else windows-1252. */
  static String decode(byte[] bytes) {
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
      return new String(bytes, start, bytes.length - start, WINDOWS_1252);
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
