package dev.parallax.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The time expressions of one text and the anchor they were resolved against.
 *
 * @param expressions the expressions in text order
 * @param anchor the date relative expressions were resolved against, empty when none was known
 *     or inferable
 * @param inferred present when the anchor was not given but inferred from the text
 */
public record TimeAnalysis(List<TimeExpression> expressions, Optional<LocalDate> anchor,
    Optional<InferredDate> inferred) {

  /** Copies the list. */
  public TimeAnalysis {
    expressions = List.copyOf(expressions);
  }
}
