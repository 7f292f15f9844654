package dev.parallax.brief;

import dev.parallax.model.Sentence;
import dev.parallax.text.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light, safe compression of a summary sentence: drops a leading discourse connective ("But",
 * "However,"), which only ties the sentence to the one before it in its source and reads wrong in a
 * summary. Nothing is reworded: the result is the rest of the source sentence with its first letter
 * capitalised, which the grounding check proves word by word ({@link CompressedText}); the citation
 * keeps the source sentence's span. Dropping a trailing attribution (", officials said.") or a short
 * parenthetical was measured too and left out: it lowered ROUGE on Multi-News (docs/evaluation.md).
 */
final class SentenceCompressor {
  /** Connectives that only tie a sentence to the one before it; the adverbs need their comma. */
  private static final Pattern LEADING = Pattern.compile(
      "^(?:(?:But|And|Yet)\\s+(?!,)|(?:However|Meanwhile|Still|Moreover|Furthermore|In addition|Nevertheless|Nonetheless"
          + "|Instead|Indeed|Separately|Additionally|Besides|Also|In fact|Of course),\\s+)(?=\\p{L})");
  private static final int MIN_WORDS_LEFT = 6;

  private SentenceCompressor() {}

  /** The text of {@code sentence} compressed, or its stripped text when nothing can safely go. */
  static String compress(Sentence sentence) {
    String text = sentence.text().strip();
    Matcher lead = LEADING.matcher(text);
    if (!lead.find()) {
      return text;
    }
    String rest = text.substring(lead.end());
    String out = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    return Words.count(out) < MIN_WORDS_LEFT ? text : out;
  }
}
