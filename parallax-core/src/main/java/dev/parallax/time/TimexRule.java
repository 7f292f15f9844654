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
 * @param trigger a word every match contains ("century", "ago"): a text without it is not scanned
 *     with the full pattern, which is costly; empty for rules without such a word
 */
record TimexRule(
    String name,
    Pattern pattern,
    BiPredicate<MatchResult, String> accepts,
    BiFunction<MatchResult, RuleContext, Optional<Resolution>> resolve,
    Optional<Pattern> trigger) {

  /** This rule, scanning only texts in which {@code regex} is found. */
  TimexRule triggeredBy(String regex) {
    return new TimexRule(name, pattern, accepts, resolve, Optional.of(Pattern.compile(regex)));
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
    return new TimexRule(name, Pattern.compile("(?=[\\p{L}\\d'’])(?<![\\p{L}])(?:" + regex + ")"), accepts, resolve,
        Optional.empty());
  }
}
