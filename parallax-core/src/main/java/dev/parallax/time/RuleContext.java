package dev.parallax.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What rules resolve against while one text is tagged: the text, its anchor (publication date) and
 * the last calendar point mentioned so far. One per {@link TimeTagger#tag} call, never shared.
 */
final class RuleContext {
  private final String text;
  private final Optional<LocalDate> anchor;
  private TimePoint lastPoint;
  private TimePoint lastPeriod;

  RuleContext(String text, Optional<LocalDate> anchor) {
    this.text = text;
    this.anchor = anchor;
  }

  String text() {
    return text;
  }

  Optional<LocalDate> anchor() {
    return anchor;
  }

  /** The last point mentioned before the current expression, if any. */
  Optional<TimePoint> lastPoint() {
    return Optional.ofNullable(lastPoint);
  }

  /** The last fiscal period (quarter or half) mentioned, if any. */
  Optional<TimePoint> lastPeriod() {
    return Optional.ofNullable(lastPeriod);
  }

  void remember(TimePoint point) {
    lastPoint = point;
    if (point.granularity() == Granularity.QUARTER || point.granularity() == Granularity.HALF) {
      lastPeriod = point;
    }
  }

  Tense tenseAt(int start, int end) {
    return TenseDetector.tenseAt(text, start, end);
  }
}
