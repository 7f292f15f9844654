package dev.parallax.brief;

import dev.parallax.model.Sentence;
import dev.parallax.text.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light, safe compression of a summary sentence: drops what a summary does not need and that never
 * carries a fact of its own — a leading discourse connective ("But", "However,"), a trailing
 * attribution (", officials said.") and a short parenthetical. Nothing is reworded: the result is the
 * source sentence with words removed (and its first letter capitalised), which the grounding check
 * proves word by word ({@link GroundingVerifier}). The citation keeps the source sentence's span.
 */
final class SentenceCompressor {
  /** Connectives that only tie a sentence to the one before it; the adverbs need their comma. */
  private static final Pattern LEADING = Pattern.compile(
      "^(?:(?:But|And|Yet)\\s+(?!,)|(?:However|Meanwhile|Still|Moreover|Furthermore|In addition|Nevertheless|Nonetheless"
          + "|Instead|Indeed|Separately|Additionally|Besides|Also|In fact|Of course),\\s+)(?=\\p{L})");
  /** ", he said." / ", officials said Monday." / ", according to the ministry." at the end. */
  private static final Pattern TRAILING = Pattern.compile(
      "(?<![\"”’'])\\s*,\\s+(?:(?:he|she|they|it|police|officials?|authorities|(?:the|a|an)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}"
          + "|\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})\\s+(?:said|says|added|reported|told\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})"
          + "|said\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}"
          + "|according\\s+to\\s+[^,;\"“”\\d]{2,60})"
          + "(?:\\s+(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
          + "\\s*\\.$");
  /** A short aside in brackets, not at the start; figures in brackets ("(3 miles)") stay. */
  private static final Pattern PARENTHETICAL = Pattern.compile("\\s+\\([^()\"“”\\d]{1,60}\\)(?=[\\s,.;:])");
  private static final int MIN_WORDS_LEFT = 6;

  static final boolean LEAD_ON = !"0".equals(System.getProperty("px.clead", "1"));
  static final boolean TAIL_ON = !"0".equals(System.getProperty("px.ctail", "1"));
  static final boolean PAREN_ON = !"0".equals(System.getProperty("px.cparen", "1"));

  private SentenceCompressor() {}

  /** The text of {@code sentence} compressed, or its stripped text when nothing can safely go. */
  static String compress(Sentence sentence) {
    String text = sentence.text().strip();
    String out = text;
    if (LEAD_ON) {
      Matcher lead = LEADING.matcher(out);
      if (lead.find()) {
        String rest = out.substring(lead.end());
        out = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    if (TAIL_ON) {
      Matcher tail = TRAILING.matcher(out);
      if (tail.find()) {
        out = out.substring(0, tail.start()) + ".";
      }
    }
    if (PAREN_ON) {
      out = PARENTHETICAL.matcher(out).replaceAll("");
    }
    return Words.count(out) < MIN_WORDS_LEFT ? text : out;
  }
}
