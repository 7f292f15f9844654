package dev.parallax.time;

import java.util.BitSet;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of time expression: where it can match, whether a match is really a time expression
 * in its context (e.g. "May" after a first name is not), and how to normalise it.
 *
 * @param name short name, for debugging
 * @param pattern where the rule matches
 * @param accepts a context check on a match against the whole text
 * @param resolve the normaliser; empty when the match cannot be normalised after all
 * @param trigger a word every match contains ("century", "ago"): a text without it is not scanned
 *     with the full pattern, which is costly; empty for rules without such a word
 * @param firstChars the ASCII characters (and ’) a match can start with, worked out from the
 *     pattern itself; other characters are always tried
 */
record TimexRule(
    String name,
    Pattern pattern,
    BiPredicate<MatchResult, String> accepts,
    BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve,
    Optional<Pattern> trigger,
    BitSet firstChars) {

  private static final char RIGHT_QUOTE = '’';

  /** This rule, scanning only texts in which {@code regex} is found. */
  TimexRule triggeredBy(String regex) {
    return new TimexRule(name, pattern, accepts, resolve, Optional.of(Pattern.compile(regex)), firstChars);
  }

  /** Whether a match can start with {@code c}. */
  boolean mayStartWith(char c) {
    return c >= 128 && c != RIGHT_QUOTE || firstChars.get(c == RIGHT_QUOTE ? 128 : c);
  }

  /**
   * The characters a match of {@code pattern} can start with: those with which the matcher, given
   * just that one character, either matches or runs out of input while still matching. A pattern
   * with a look-behind past its standard start cannot be judged on one character: every character
   * is allowed then.
   */
  private static BitSet firstChars(Pattern pattern, String regex) {
    BitSet chars = new BitSet(129);
    boolean judgeable = !regex.contains("(?<=") && !regex.contains("(?<!");
    for (int c = 0; c <= 128; c++) {
      String one = String.valueOf(c == 128 ? RIGHT_QUOTE : (char) c);
      Matcher m = pattern.matcher(one);
      if (!judgeable || m.lookingAt() || m.hitEnd()) {
        chars.set(c);
      }
    }
    return chars;
  }

  /** Whether the text can hold a match at all. */
  boolean mayMatch(String text) {
    return trigger.isEmpty() || trigger.get().matcher(text).find();
  }

  static TimexRule of(String name, String regex, BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve) {
    return of(name, regex, (m, t) -> true, resolve);
  }

  static TimexRule of(String name, String regex, BiPredicate<MatchResult, String> accepts,
      BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve) {
    // never start inside a word ("know" does not contain "now"); the look-ahead lets the matcher
    // skip spaces and punctuation at once, where no expression starts
    Pattern compiled = Pattern.compile("(?=[\\p{L}\\d'’])(?<![\\p{L}])(?:" + regex + ")");
    return new TimexRule(name, compiled, accepts, resolve, Optional.empty(), firstChars(compiled, regex));
  }
}
