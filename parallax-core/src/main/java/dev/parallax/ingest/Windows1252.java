package dev.parallax.ingest;

import java.nio.charset.Charset;

/**
 * Decodes windows-1252 the way browsers do: the five bytes the code page leaves undefined (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) become the C1 control characters of the same value, as in Latin-1,
 * rather than Java's U+FFFD. Nothing is lost, so UTF-8 that was mislabelled windows-1252 can still
 * be recovered by {@code MojibakeRepair}: "Ł" is the bytes C5 81, "с" D1 81.
 */
final class Windows1252 {
  private Windows1252() {}

  /** What bytes 0x80-0x9F mean: Java's windows-1252 where defined, the C1 control of the byte's value where not. */
  private static final char[] HIGH_ROW = highRow();

  private static char[] highRow() {
    byte[] bytes = new byte[0x20];
    for (int b = 0; b < bytes.length; b++) {
      bytes[b] = (byte) (0x80 + b);
    }
    char[] row = new String(bytes, Charset.forName("windows-1252")).toCharArray();
    for (int b = 0; b < row.length; b++) {
      if (row[b] == '\uFFFD') {
        row[b] = (char) (0x80 + b);
      }
    }
    return row;
  }

  /** {@code length} bytes of {@code bytes} from {@code offset}, decoded. */
  static String decode(byte[] bytes, int offset, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xFF;
      chars[i] = b >= 0x80 && b <= 0x9F ? HIGH_ROW[b - 0x80] : (char) b; // 0xA0-0xFF are Latin-1's
    }
    return new String(chars);
  }

  /** Whether {@code charset} is one this class should decode instead: windows-1252, or the Latin-1 and ASCII labels pages put on it. */
  static boolean standsFor(Charset charset) {
    String name = charset.name();
    return name.equalsIgnoreCase("windows-1252") || name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("US-ASCII");
  }
}
