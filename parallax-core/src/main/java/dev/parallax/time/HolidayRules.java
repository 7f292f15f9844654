package dev.parallax.time;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.MatchResult;

/**
 * Named days: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Easter", "Election Day", US
 * public holidays. The year comes from "last"/"next" or from the tense, as for a month and day.
 */
final class HolidayRules {
  private HolidayRules() {}

  static List<TimexRule> rules() {
    return List.of(TimexRule.of("holiday", "(?:(?i:last|next|this)\\s+)?(?:Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?"
        + "|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Easter(?:\\s+Sunday)?|Election\\s+Day|Independence\\s+Day|July\\s+Fourth"
        + "|Fourth\\s+of\\s+July|Labor\\s+Day|Memorial\\s+Day|Veterans\\s+Day|Valentine['’]s\\s+Day|Halloween)(?![A-Za-z])",
        HolidayRules::holiday));
  }

  /** The date of a holiday in a given year, or null for an unknown name. */
  static IntFunction<LocalDate> dateOf(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (n.startsWith("thanksgiving")) {
      return y -> LocalDate.of(y, 11, 1).with(dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    if (n.startsWith("christmas eve")) {
      return y -> LocalDate.of(y, 12, 24);
    }
    if (n.startsWith("christmas")) {
      return y -> LocalDate.of(y, 12, 25);
    }
    if (n.startsWith("new year's eve")) {
      return y -> LocalDate.of(y, 12, 31);
    }
    if (n.startsWith("new year")) {
      return y -> LocalDate.of(y, 1, 1);
    }
    if (n.startsWith("easter")) {
      return HolidayRules::easter;
    }
    if (n.startsWith("election")) {
      // US: the Tuesday after the first Monday of November
      return y -> LocalDate.of(y, 11, 1).with(dayOfWeekInMonth(1, DayOfWeek.MONDAY)).plusDays(1);
    }
    if (n.startsWith("independence") || n.contains("fourth")) {
      return y -> LocalDate.of(y, 7, 4);
    }
    if (n.startsWith("labor")) {
      return y -> LocalDate.of(y, 9, 1).with(dayOfWeekInMonth(1, DayOfWeek.MONDAY));
    }
    if (n.startsWith("memorial")) {
      return y -> LocalDate.of(y, 5, 1).with(lastInMonth(DayOfWeek.MONDAY));
    }
    if (n.startsWith("veterans")) {
      return y -> LocalDate.of(y, 11, 11);
    }
    if (n.startsWith("valentine")) {
      return y -> LocalDate.of(y, 2, 14);
    }
    return y -> LocalDate.of(y, 10, 31);
  }

  /** Gregorian Easter Sunday (the anonymous computus). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static Optional<Resolution> holiday(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String name = m.group().replaceFirst("(?i)^(?:last|next|this)\\s+", "");
    IntFunction<LocalDate> date = dateOf(name);
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-XX-XX", ""));
    }
    LocalDate anchor = c.anchor().get();
    LocalDate past = null;
    LocalDate future = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate d = date.apply(y);
      if (!d.isAfter(anchor)) {
        past = d;
      } else if (future == null) {
        future = d;
      }
    }
    LocalDate chosen = switch (p.direction()) {
      case LAST -> past;
      case NEXT -> future;
      case THIS -> date.apply(anchor.getYear());
      case NONE -> c.tenseAt(m.start(), m.end()) == Tense.FUTURE
          || ChronoUnit.DAYS.between(anchor, future) * 2 < ChronoUnit.DAYS.between(past, anchor) ? future : past;
    };
    return Optional.of(Resolution.date(new TimePoint(chosen, Granularity.DAY), ""));
  }
}
