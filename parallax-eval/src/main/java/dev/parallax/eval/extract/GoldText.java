package dev.parallax.eval.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The gold article text of the HTML-cleaning sets, with their annotations removed.
 *
 * <ul>
 *   <li>CleanEval (and CleanPortalEval): an optional first line {@code URL: ...}, then text whose
 *       blocks start with {@code <p>}, {@code <h>} or {@code <l>} markers; some files keep HTML
 *       entities ({@code &#039;}), which are decoded.
 *   <li>Dragnet: plain text; the article is what precedes a line of symbols and {@code COMMENTS}
 *       ({@code !@#$%^&*()  COMMENTS}), after which the page's reader comments are listed.
 * </ul>
 */
public final class GoldText {
  private static final Pattern URL_LINE = Pattern.compile("\\A\\s*URL:[^\\n]*\\n");
  private static final Pattern MARKER = Pattern.compile("(?m)^\\s*<(?:p|h|l)>");
  private static final Pattern COMMENTS_LINE = Pattern.compile("(?m)^[\\s!@#$%^&*()]{3,}COMMENTS\\s*$");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private GoldText() {}

  /** The text of a CleanEval-style gold file: no URL line, no block markers, entities decoded. */
  public static String cleanEval(String gold) {
    String text = URL_LINE.matcher(gold.replace("\r\n", "\n")).replaceFirst("");
    text = MARKER.matcher(text).replaceAll("");
    return Parser.unescapeEntities(text, false);
  }

  /** The article part of a Dragnet gold file: everything before the comments marker line. */
  public static String dragnet(String gold) {
    String text = gold.replace("\r\n", "\n");
    var m = COMMENTS_LINE.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  /** {@code bytes} as UTF-8 when valid, else windows-1252 (several gold files are not UTF-8). */
  public static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }
}
