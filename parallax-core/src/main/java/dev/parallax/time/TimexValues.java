package dev.parallax.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Writes resolved points, shifts and durations as TimeML (ISO 8601 based) values. */
final class TimexValues {
  static final String PRESENT = "PRESENT_REF";
  static final String PAST = "PAST_REF";
  static final String FUTURE = "FUTURE_REF";

  private TimexValues() {}

  /** The value of a point at its granularity: 2026-03-14, 2026-W11, 2026-03, 2026-Q1, 199, 19. */
  static String format(TimePoint point) {
    LocalDate d = point.date();
    return switch (point.granularity()) {
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case WEEK -> week(d);
      case WEEKEND -> week(d) + "-WE";
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
      case QUARTER -> d.getYear() + "-Q" + quarter(d);
      case HALF -> d.getYear() + "-H" + (d.getMonthValue() <= 6 ? 1 : 2);
      case SEASON -> seasonYear(d) + "-" + season(d);
      case YEAR -> String.format(Locale.ROOT, "%04d", d.getYear());
      case DECADE -> Integer.toString(d.getYear() / 10);
      case CENTURY -> Integer.toString(d.getYear() / 100);
    };
  }

  /** The unresolved form used when there is no anchor: XXXX-XX-XX and friends. */
  static String unknown(Granularity granularity) {
    return switch (granularity) {
      case DAY -> "XXXX-XX-XX";
      case WEEK -> "XXXX-WXX";
      case WEEKEND -> "XXXX-WXX-WE";
      case MONTH -> "XXXX-XX";
      case QUARTER -> "XXXX-QX";
      case HALF -> "XXXX-HX";
      case SEASON -> "XXXX-XX";
      case YEAR -> "XXXX";
      case DECADE -> "XXX";
      case CENTURY -> "XX";
    };
  }

  /** Moves a point by {@code amount} of its own granularity (negative is earlier). */
  static TimePoint shift(TimePoint point, Granularity unit, long amount) {
    LocalDate d = point.date();
    LocalDate moved = switch (unit) {
      case DAY -> d.plusDays(amount);
      case WEEK, WEEKEND -> d.plusWeeks(amount);
      case MONTH -> d.plusMonths(amount);
      case QUARTER -> d.plusMonths(3 * amount);
      case HALF -> d.plusMonths(6 * amount);
      case SEASON -> d.plusMonths(3 * amount);
      case YEAR -> d.plusYears(amount);
      case DECADE -> d.plusYears(10 * amount);
      case CENTURY -> d.plusYears(100 * amount);
    };
    return new TimePoint(moved, point.granularity());
  }

  /** A duration value: P7M, P2W, PT9H, P1.5Y, PXY (unknown count). */
  static String duration(String amount, ChronoUnit unit) {
    return switch (unit) {
      case SECONDS -> "PT" + amount + "S";
      case MINUTES -> "PT" + amount + "M";
      case HOURS -> "PT" + amount + "H";
      case DAYS -> "P" + amount + "D";
      case WEEKS -> "P" + amount + "W";
      case MONTHS -> "P" + amount + "M";
      case DECADES -> "P" + times(amount, 10) + "Y";
      case CENTURIES -> "P" + times(amount, 100) + "Y";
      default -> "P" + amount + "Y";
    };
  }

  /**
   * A duration of a known count; a fraction goes to the next smaller unit, as TimeML writes it:
   * 2.5 years is P2Y6M, 5.5 hours PT5H30M.
   */
  static String duration(double count, ChronoUnit unit) {
    long whole = (long) Math.floor(count);
    double fraction = count - whole;
    if (fraction < 1e-9) {
      return duration(Long.toString(whole), unit);
    }
    String head = whole == 0 ? "" : duration(Long.toString(whole), unit);
    String tail = switch (unit) {
      case YEARS -> Math.round(fraction * 12) + "M";
      case MONTHS, WEEKS -> Math.round(fraction * (unit == ChronoUnit.MONTHS ? 30 : 7)) + "D";
      case DAYS -> "T" + Math.round(fraction * 24) + "H";
      case HOURS -> Math.round(fraction * 60) + "M";
      case MINUTES -> Math.round(fraction * 60) + "S";
      case DECADES -> Math.round(fraction * 10) + "Y";
      default -> null;
    };
    if (tail == null) {
      return duration(Double.toString(count), unit);
    }
    if (head.isEmpty()) {
      boolean time = unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES || unit == ChronoUnit.DAYS;
      return unit == ChronoUnit.DAYS ? "P" + tail : (time ? "PT" : "P") + tail;
    }
    if (unit == ChronoUnit.DECADES) {
      return "P" + (whole * 10 + Math.round(fraction * 10)) + "Y";
    }
    return head + tail;
  }

  private static String times(String amount, int factor) {
    if (amount.equals("X")) {
      return "X";
    }
    double n = Double.parseDouble(amount) * factor;
    return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
  }

  static int quarter(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  /** ISO week of the date, e.g. 2026-W11 (week-based year). */
  static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Meteorological seasons; December belongs to the next year's winter. */
  static String season(LocalDate d) {
    int m = d.getMonthValue();
    if (m >= 3 && m <= 5) {
      return "SP";
    }
    if (m >= 6 && m <= 8) {
      return "SU";
    }
    if (m >= 9 && m <= 11) {
      return "FA";
    }
    return "WI";
  }

  private static int seasonYear(LocalDate d) {
    return d.getYear();
  }
}
