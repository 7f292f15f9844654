package dev.parallax.model;

import dev.parallax.time.TimeExpression;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression of an article body, normalised against the article's {@link TimeAnchor}.
 *
 * @param sentence   index of the sentence it is in
 * @param expression the expression; its offsets point into the article body
 * @param verb       the verb it dates as written ("reopen" in "expected to reopen by year's end"):
 *                   the nearest verb before it in its sentence, else the first after it, with at
 *                   most a few function words and one object noun between; empty when the
 *                   expression describes a noun instead ("the 1964 charter", "Wednesday's
 *                   ruling"), when no verb is close enough, or when parts of speech were not tagged
 */
public record TimeMention(int sentence, TimeExpression expression, Optional<String> verb) {
  public TimeMention {
    if (sentence < 0) {
      throw new IllegalArgumentException("negative sentence index " + sentence);
    }
    Objects.requireNonNull(expression, "expression");
    verb = verb == null ? Optional.empty() : verb;
  }
}
