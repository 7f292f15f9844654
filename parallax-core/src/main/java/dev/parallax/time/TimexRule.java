package dev.parallax.time;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One pattern of time expression: where it can match, whether a match is really a time expression
 * in its context (e.g. "May" after a first name is not), and how to normalise it.
 *
 * @param name short name, for debugging
 * @param pattern where the rule matches
 * @param accepts a context check on a match against the whole text
 * @param resolve the normaliser; empty when the match cannot be normalised after all
 */
record TimexRule(
    String name,
    Pattern pattern,
    BiPredicate<MatchResult, String> accepts,
    BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve) {

  static TimexRule of(String name, String regex, BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve) {
    return of(name, regex, (m, t) -> true, resolve);
  }

  static TimexRule of(String name, String regex, BiPredicate<MatchResult, String> accepts,
      BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve) {
    // never start inside a word ("know" does not contain "now")
    return new TimexRule(name, Pattern.compile("(?<![\\p{L}])(?:" + regex + ")"), accepts, resolve);
  }
}
