package dev.parallax.brief;

import dev.parallax.text.Words;
import java.util.regex.Pattern;

/**
 * Decides which source sentences may stand alone in a summary: complete declarative sentences of
 * reporting, not fragments, questions, mostly-quote sentences, datelines, photo captions, embedded
 * social-media posts or first-person opinion.
 */
final class SentenceFilter {
  private static final Pattern ENDS_COMPLETE = Pattern.compile(".*[.!]['\"”’)]?$", Pattern.DOTALL);
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|we|We|our|Our|you|You|your|Your|my|My|me)\\b");
  private static final Pattern QUOTED = Pattern.compile("[\"“][^\"”]*[\"”]");
  /** Photo captions left in a page: "X, left, and Y ...", "(Photo: ...)", "AP Photo/...", "file photo". */
  private static final Pattern CAPTION = Pattern.compile(
      ",\\s+(?:left|right|center|centre|second from (?:left|right))\\s*,|\\((?:left|right|center|centre)\\)"
          + "|\\bpictured\\b|\\b(?:AP|AFP|Reuters|Getty Images?)\\s+(?:Photo|Images?)\\b|\\((?:Photo|Image|Credit)\\b|\\bPhoto:|\\bfile photo\\b"
          + "|^(?:A|An|This|The)\\s+(?:photo|picture|image)\\s+(?:of|shows)\\b",
      Pattern.CASE_INSENSITIVE);
  /** An embedded social-media post or a bare link: "pic.twitter.com/...", "— Name (@handle) date". */
  private static final Pattern EMBED = Pattern.compile("pic\\.twitter\\.com|\\(@\\w+\\)|https?://");
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 55;

  private SentenceFilter() {}

  /**
   * Whether a sentence states something a fact can rest on: complete, not a question, not a piece
   * of a longer quote, not the outlet or writer speaking in the first or second person. Looser than {@link #isSummaryCandidate}: quotes and short claims count.
   */
  static boolean isClaim(String sentence) {
    String s = sentence.strip();
    return Words.count(s) >= 6 && !s.endsWith("?") && !Character.isLowerCase(s.charAt(0)) && quotesBalanced(s)
        && !PRONOUN_START.matcher(s).find()
        // the outlet talking to its reader ("Here is what we know so far"), or a writer's own voice:
        // a source's words in quotes may say "we", the outlet's own sentences state no fact that way
        && !FIRST_PERSON.matcher(QUOTED.matcher(s).replaceAll("")).find();
  }

  /**
   * Whether a sentence can give a value a conflict compares: as {@link #isClaim}, but short ones
   * count ("Building starts in 2028."): the value is the sentence's own. Sentences opening with a
   * pronoun still do not: on real news their subject was too often another one (tried, it added
   * two false conflicts on DUC and Multi-News).
   */
  static boolean givesValue(String sentence) {
    String s = sentence.strip();
    return Words.count(s) >= MIN_VALUE_WORDS && !s.endsWith("?") && !Character.isLowerCase(s.charAt(0))
        && quotesBalanced(s) && !PRONOUN_START.matcher(s).find()
        && !FIRST_PERSON.matcher(QUOTED.matcher(s).replaceAll("")).find();
  }

  private static final int MIN_VALUE_WORDS = 4;

  /** A sentence that opens with a pronoun leans on the one before: no fact on its own. */
  private static final Pattern PRONOUN_START = Pattern.compile("^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its)\\b");

  private static boolean quotesBalanced(String s) {
    long straight = s.chars().filter(c -> c == '"').count();
    long open = s.chars().filter(c -> c == '“').count();
    long close = s.chars().filter(c -> c == '”').count();
    return straight % 2 == 0 && open == close;
  }

  static boolean isSummaryCandidate(String sentence) {
    String s = sentence.strip();
    int words = Words.count(s);
    if (words < MIN_WORDS || words > MAX_WORDS) {
      return false;
    }
    if (!ENDS_COMPLETE.matcher(s).matches() || s.endsWith("?") || s.contains("|")) {
      return false;
    }
    if (EMBED.matcher(s).find()) {
      return false; // a social-media post or link the page cleaner left in the text
    }
    if (CAPTION.matcher(s).find()) {
      return false; // a photo caption the page cleaner left: it describes a picture the reader cannot see
    }
    char first = s.charAt(0);
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (!quotesBalanced(s)) {
      return false; // a piece of a quote that spans sentences: it reads wrong on its own
    }
    String unquoted = QUOTED.matcher(s).replaceAll("");
    if (unquoted.length() < 0.4 * s.length()) {
      return false;
    }
    return !FIRST_PERSON.matcher(unquoted).find();
  }
}
