package dev.parallax.time;

import java.util.Optional;

/**
 * What a rule made of its match: type, value and mod, plus the calendar point it names (if it names
 * one), which later relative expressions ("the next day", "a year earlier") count from.
 */
record Resolution(TimexType type, String value, String mod, Optional<TimePoint> point) {

  static Resolution date(TimePoint point, String mod) {
    return new Resolution(TimexType.DATE, TimexValues.format(point), mod, Optional.of(point));
  }

  static Resolution of(TimexType type, String value, String mod) {
    return new Resolution(type, value, mod, Optional.empty());
  }
}
