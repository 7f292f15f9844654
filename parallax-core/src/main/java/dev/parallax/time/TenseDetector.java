package dev.parallax.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the tense an expression is used in, from the verb cue nearest to it in its sentence:
 * "will", "is expected to", "plans to" mean future; "was", "had", a past participle mean past. A
 * weekday or a month without a year is resolved towards that side of the publication date.
 * Reporting verbs ("said") are no cue: "said Friday" and "said it would open Friday" differ in the
 * event's verb, not the report's. A cue after the expression but beyond a word that opens a new
 * clause ("told the assembly on Wednesday that he would ...") belongs to that clause, not to it.
 */
final class TenseDetector {
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|won't|'ll|shall|going to|is to|are to|plans? to|planning to|intends? to|expects? to|"
          + "(?:is|are) (?:expected|scheduled|due|set|slated) to|upcoming|would|could|might|may|planned|scheduled"
          + "|as soon as|as early as|no later than|expected|due|set to|supposed to"
          // forward-looking verbs in the past: "warned of rain on Thursday", "forecast snow for Monday"
          + "|warn(?:s|ed)? of|forecast|predicted"
          // scheduling verbs in the present tense announce what is coming: "the council meets Friday"
          + "|meets|begins|starts|opens|resumes|reopens|takes place|arrives|visits|returns|kicks off|goes on trial)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST = Pattern.compile(
      "\\b(?:was|were|had|did|has been|have been|ago|(?!(?:expected|scheduled|planned|slated)\\b)[a-z]{3,}ed"
          // common irregular past forms that cannot be read as present ("told", not "put" or "set")
          + "|told|went|came|began|took|made|fell|rose|won|lost|left|met|held|saw|gave|struck|broke|ran|sold|paid|spent"
          + "|kept|found|became|got|brought|thought|wrote|drove|flew|chose|spoke|stood|sat|led|fought|sank|swept|tore)\\b");
  /** A word that opens a new clause: cues after it are that clause's. */
  private static final Pattern CLAUSE_OPENER = Pattern.compile(
      "(?i)\\b(?:that|which|who|because|but|although|though|while|whether|if|so)\\b|[;:]");

  /**
   * A deadline preposition right before the expression: "until Tuesday", "by August" ("through" is
   * not one: business news writes "this year through August" of the past).
   */
  private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:until|till|by)\\s+$");
  /** "was not arrested until Nov. 30": a negated verb with "until" says when it did happen. */
  private static final Pattern NOT_UNTIL = Pattern.compile("(?i)\\b(?:not|n't|never)\\b[^.;]{0,40}\\b(?:until|till)\\s+$");

  private TenseDetector() {}

  /** The tense at [start, end) of the text, judged within its sentence. */
  static Tense tenseAt(String text, int start, int end) {
    if (DEADLINE.matcher(text.substring(Math.max(0, start - 8), start)).find()
        && !NOT_UNTIL.matcher(text.substring(Math.max(0, start - 60), start)).find()) {
      return Tense.FUTURE;
    }
    int from = sentenceStart(text, start);
    int to = sentenceEnd(text, end);
    int futureDistance = nearest(FUTURE, text, from, to, start, end);
    int pastDistance = nearest(PAST, text, from, to, start, end);
    if (futureDistance == Integer.MAX_VALUE && pastDistance == Integer.MAX_VALUE) {
      return Tense.NONE;
    }
    return futureDistance < pastDistance ? Tense.FUTURE : Tense.PAST;
  }

  private static int nearest(Pattern cue, String text, int from, int to, int start, int end) {
    Matcher m = cue.matcher(text).region(from, to);
    int best = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.start() >= start && m.end() <= end) {
        continue;
      }
      if (m.start() >= end && CLAUSE_OPENER.matcher(text).region(end, m.start()).find()) {
        continue;
      }
      // the governing verb usually comes first: a cue after the expression counts as farther away
      int distance = m.end() <= start ? start - m.end() : (m.start() - end) * 2;
      best = Math.min(best, Math.abs(distance));
    }
    return best;
  }

  /** How far to look for a sentence boundary; text without punctuation should not cost quadratic time. */
  private static final int MAX_SENTENCE = 400;

  static int sentenceStart(String text, int offset) {
    int limit = Math.max(0, offset - MAX_SENTENCE);
    for (int i = offset - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' && text.charAt(i - 1) == '\n') {
        return i + 1;
      }
      if ((c == ' ' || c == '\n') && isTerminal(text.charAt(i - 1)) && !abbreviationEndsAt(text, i - 1)) {
        return i + 1;
      }
    }
    return limit;
  }

  static int sentenceEnd(String text, int offset) {
    int limit = Math.min(text.length(), offset + MAX_SENTENCE);
    for (int i = offset; i < limit - 1; i++) {
      char c = text.charAt(i);
      if (c == '\n' && text.charAt(i + 1) == '\n') {
        return i;
      }
      if (isTerminal(c) && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n') && !abbreviationEndsAt(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  private static final Set<String> TITLES_AND_MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun",
      "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt",
      "Col", "Capt", "Sgt", "Prof");

  /** "Jan.", "Mr.", "U.S.": a period after a short capitalised word or an initial ends no sentence. */
  private static boolean abbreviationEndsAt(String text, int period) {
    if (text.charAt(period) != '.') {
      return false;
    }
    int i = period - 1;
    while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
      i--;
    }
    String word = text.substring(i + 1, period);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && (word.length() == 1 || word.contains(".") || TITLES_AND_MONTHS.contains(word));
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
