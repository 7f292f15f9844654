package dev.parallax.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 but got decoded as windows-1252 or Latin-1 somewhere upstream
 * ("itâ€™s" for "it’s", "cafÃ©" for "café", "Ã¢â‚¬â„¢" when it happened twice).
 *
 * <p>Each run of characters that windows-1252 can encode and that forms one valid UTF-8 sequence
 * (a lead byte and its continuation bytes) is decoded again, but only when the character it gives
 * lies in a block real text uses (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul,
 * general punctuation, currency, emoji), and the text as a whole is only changed when that lowers
 * the count of mojibake markers. Correct text is left alone: "Café" and "naïve" hold no valid
 * sequence (an "é" or "ï" alone is a lead byte without its continuation), and text mixing correct
 * accents with mojibake has only the mojibake repaired. Thread-safe.
 */
public final class MojibakeRepair {
  private MojibakeRepair() {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Text broken twice needs two rounds; a third catches a rare triple. */
  private static final int MAX_ROUNDS = 3;

  /** {@code text} with its mojibake repaired; the same instance when there is none. */
  public static String repair(String text) {
    int markers = markers(text);
    String current = text;
    for (int round = 0; round < MAX_ROUNDS && markers > 0; round++) {
      String next = redecode(current);
      int nextMarkers = markers(next);
      if (nextMarkers >= markers) {
        break;
      }
      current = next;
      markers = nextMarkers;
    }
    return current;
  }

  /**
   * Mojibake markers: a character that is a common UTF-8 lead byte read as windows-1252 ("Ã", "Â",
   * "â", "Ð", "ð", ...) followed by one that is a continuation byte read so ("€", "©", "™", ...).
   * Correct text hardly ever has such pairs.
   */
  static int markers(String text) {
    int count = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (isMarkerLead(text.charAt(i)) && isContinuation(byteOf(text, i + 1))) {
        count++;
      }
    }
    return count;
  }

  private static boolean isMarkerLead(char c) {
    // Most characters of a page are ASCII: one comparison rules them out.
    return c >= 'Â' && c <= 'ð' && "ÂÃÄÅÎÏÐÑØÙâãäåæçèéïð".indexOf(c) >= 0;
  }

  /** One pass: every valid, plausible UTF-8 sequence decoded again. */
  private static String redecode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] sequence = new byte[4];
    int i = 0;
    while (i < text.length()) {
      int lead = byteOf(text, i);
      int length = sequenceLength(lead);
      if (length > 0 && i + length <= text.length()) {
        sequence[0] = (byte) lead;
        boolean complete = true;
        for (int k = 1; k < length && complete; k++) {
          int b = byteOf(text, i + k);
          complete = isContinuation(b);
          sequence[k] = (byte) b;
        }
        if (complete) {
          try {
            String decoded = utf8.reset().decode(ByteBuffer.wrap(sequence, 0, length)).toString();
            if (isPlausible(decoded.codePointAt(0))) {
              out.append(decoded);
              i += length;
              continue;
            }
          } catch (CharacterCodingException invalid) {
            // an overlong form or a surrogate: not UTF-8, keep the characters as they are
          }
        }
      }
      out.append(text.charAt(i));
      i++;
    }
    return out.toString();
  }

  /**
   * The byte {@code text.charAt(i)} was read from under windows-1252 (or Latin-1, whose C1
   * controls stand for the same bytes), or -1 for ASCII and characters neither can encode.
   * Java reads the five bytes windows-1252 leaves undefined as U+FFFD; after "â€" that is
   * almost always the closing quote's 0x9D.
   */
  private static int byteOf(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x80) {
      return -1;
    }
    if (c <= 0xFF) {
      return c;
    }
    if (c == '\uFFFD' && i >= 2 && text.charAt(i - 2) == 'â' && text.charAt(i - 1) == '€') {
      return 0x9D;
    }
    for (int b = 0; b < CP1252_80_TO_9F.length(); b++) {
      if (CP1252_80_TO_9F.charAt(b) == c && c != '\uFFFD') {
        return 0x80 + b;
      }
    }
    return -1;
  }

  /** What windows-1252 makes of the bytes 0x80-0x9F (€, ‚, ƒ, „, …, ™, œ, ...; U+FFFD where undefined). */
  private static final String CP1252_80_TO_9F = cp1252HighRow();

  private static String cp1252HighRow() {
    byte[] bytes = new byte[0x20];
    for (int b = 0; b < bytes.length; b++) {
      bytes[b] = (byte) (0x80 + b);
    }
    return new String(bytes, WINDOWS_1252);
  }

  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      return 4;
    }
    return 0;
  }

  private static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * Blocks real text is written in. Others (IPA, NKo, Armenian, ...) would mostly come from
   * correct text that happens to look like a sequence ("daß…" is not NKo).
   */
  private static boolean isPlausible(int cp) {
    return (cp >= 0x0080 && cp <= 0x009F) // C1 controls: never text, but a byte of an earlier garbling
        || (cp >= 0x00A0 && cp <= 0x017F) // Latin-1 supplement, Latin Extended-A
        || (cp >= 0x0218 && cp <= 0x021B) // Romanian ș ț
        || (cp >= 0x0370 && cp <= 0x04FF) // Greek, Cyrillic
        || (cp >= 0x05D0 && cp <= 0x05EA) // Hebrew letters
        || (cp >= 0x0600 && cp <= 0x06FF) // Arabic
        || (cp >= 0x0900 && cp <= 0x0E7F) // Indic scripts, Thai
        || (cp >= 0x1E00 && cp <= 0x1EFF) // Latin Extended Additional (Vietnamese)
        || (cp >= 0x2000 && cp <= 0x214F) // punctuation, currency, letterlike (™)
        || (cp >= 0x3000 && cp <= 0x9FFF) // CJK
        || (cp >= 0xAC00 && cp <= 0xD7AF) // Hangul
        || cp == 0xFEFF // a byte-order mark read as text ("ï»¿")
        || cp == 0xFFFD // a replacement character garbled in turn: a second round may repair around it
        || (cp >= 0x1F300 && cp <= 0x1FAFF); // emoji
  }
}
