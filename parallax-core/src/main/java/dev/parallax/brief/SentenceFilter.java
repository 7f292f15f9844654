package dev.parallax.brief;

import dev.parallax.nlp.NewsWords;
import dev.parallax.text.Words;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which source sentences may stand alone in a summary: complete declarative sentences of
 * reporting, not fragments, pieces of a longer quote, questions, mostly-quote sentences that do
 * not name their speaker, datelines, photo captions, embedded
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
  /** Words outside the quotes that say who spoke: "..., Varga said.", "according to the ministry". */
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:" + alternation(NewsWords.REPORTING_VERBS) + "|according to|statement)\\b", Pattern.CASE_INSENSITIVE);
  /** A pronoun as the speaker ("..., he said."): out of its article, the reader cannot tell who spoke. */
  private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
      "\\b(?:he|she|they|it|I|we)\\s+(?:\\w+\\s+)?(?:" + alternation(NewsWords.REPORTING_VERBS)
          + ")\\b|\\b(?:said|says|added|asked|replied)\\s+(?:he|she|they)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A pronoun or demonstrative as the subject of a sentence's first verb: it leans on the sentence before. */
  private static final Pattern ANAPHORIC_START = Pattern.compile(
      "^(?:These|Those|This|That|It|They)\\s+(?:were|are|was|is|will|would|had|have|has|include|included)\\b");
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 55;

  private SentenceFilter() {}

  /** A regex alternation of {@code words}, longest first. */
  static String alternation(Set<String> words) {
    return String.join("|", words.stream().sorted(java.util.Comparator.comparing(String::length).reversed()
        .thenComparing(java.util.Comparator.naturalOrder())).toList());
  }

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

  static boolean quotesBalanced(String s) {
    long straight = s.chars().filter(c -> c == '"').count();
    long open = s.chars().filter(c -> c == '“').count();
    long close = s.chars().filter(c -> c == '”').count();
    return straight % 2 == 0 && open == close;
  }

  /**
   * Whether a sentence, or the sentences of one quote as {@link SummaryUnits} joins them, may stand
   * in a summary.
   */
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
    if (ANAPHORIC_START.matcher(s).find()) {
      return false; // "These were among the issues ...": its subject is in the sentence before
    }
    char first = s.charAt(0);
    if (Character.isLowerCase(first)) {
      return false;
    }
    if (!quotesBalanced(s)) {
      return false; // a piece of a quote that spans sentences: it reads wrong on its own
    }
    String unquoted = QUOTED.matcher(s).replaceAll("");
    if (unquoted.length() < 0.4 * s.length() && !namesItsSpeaker(unquoted)) {
      return false; // mostly quote, and the reader would not know whose words they are
    }
    return !FIRST_PERSON.matcher(unquoted).find();
  }

  /**
   * Whether the words outside a sentence's quotes say who spoke, by name or role ("..., Varga
   * said.", "said the ministry in a statement"), not by a pronoun that points outside the summary.
   */
  private static boolean namesItsSpeaker(String unquoted) {
    return ATTRIBUTION.matcher(unquoted).find() && !PRONOUN_SPEAKER.matcher(unquoted).find();
  }
}
