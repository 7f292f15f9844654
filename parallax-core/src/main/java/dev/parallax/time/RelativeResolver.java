package dev.parallax.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic for expressions that need an anchor: which Friday "Friday" is, which year
 * "Nov. 25" or "the third quarter" falls in, where "last June" or "next month" lands.
 */
final class RelativeResolver {
  private RelativeResolver() {}

  /** How a relative word points: "last", "next", "this", or nothing said. */
  enum Direction {
    LAST,
    NEXT,
    THIS,
    NONE
  }

  /**
   * The date of a weekday. Unmarked, it is the nearest such day in the sentence's tense (today if
   * the anchor is that day); "last Friday" is strictly before the anchor, "next Friday" strictly
   * after, "this Friday" the one in the anchor's week.
   */
  static LocalDate weekday(LocalDate anchor, DayOfWeek day, Direction direction, Tense tense) {
    return switch (direction) {
      case LAST -> anchor.with(TemporalAdjusters.previous(day));
      case NEXT -> anchor.with(TemporalAdjusters.next(day));
      case THIS -> anchor.with(day);
      // news mostly reports what happened: no cue means the past
      case NONE -> tense == Tense.FUTURE
          ? anchor.with(TemporalAdjusters.nextOrSame(day))
          : anchor.with(TemporalAdjusters.previousOrSame(day));
    };
  }

  /** The weekday nearest to the anchor, before or after it (the anchor itself if it is that day; a tie goes back). */
  static LocalDate nearestWeekday(LocalDate anchor, DayOfWeek day) {
    LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(day));
    LocalDate ahead = anchor.with(TemporalAdjusters.nextOrSame(day));
    return ChronoUnit.DAYS.between(back, anchor) <= ChronoUnit.DAYS.between(anchor, ahead) ? back : ahead;
  }

  /**
   * The year of a month named without one. "last June" is the latest June before the anchor's month,
   * "next June" the first after it, "this June" the anchor's year; unmarked, the past or coming
   * occurrence by tense, the anchor's own month counting as both.
   */
  static LocalDate month(LocalDate anchor, int month, Direction direction, Tense tense) {
    int year = anchor.getYear();
    int current = anchor.getMonthValue();
    int chosen = switch (direction) {
      case LAST -> month < current ? year : year - 1;
      case NEXT -> month > current ? year : year + 1;
      case THIS -> year;
      case NONE -> switch (tense) {
        case FUTURE -> month >= current ? year : year + 1;
        case PAST -> month <= current ? year : year - 1;
        case NONE -> nearestYear(year, current, month);
      };
    };
    return LocalDate.of(chosen, month, 1);
  }

  /** The month's year nearest to the anchor's month; a tie goes to the past. */
  private static int nearestYear(int year, int current, int month) {
    if (month == current) {
      return year;
    }
    int back = Math.floorMod(current - month, 12);
    int forward = Math.floorMod(month - current, 12);
    return back <= forward ? (month < current ? year : year - 1) : (month > current ? year : year + 1);
  }

  /**
   * A month and day without a year: the first on or after the anchor in a future-tense sentence;
   * otherwise the latest before it unless the coming one is much nearer (news reports mostly what
   * happened, but "payable Dec. 1" in late October is the coming one).
   */
  static LocalDate monthDay(LocalDate anchor, int month, int day, Tense tense) {
    LocalDate past = null;
    LocalDate future = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      LocalDate candidate = safeDate(year, month, day);
      if (candidate == null) {
        continue;
      }
      if (!candidate.isAfter(anchor)) {
        past = candidate;
      } else if (future == null) {
        future = candidate;
      }
    }
    if (past == null || future == null) {
      return past == null ? future : past;
    }
    return switch (tense) {
      case FUTURE -> future;
      // a past-tense verb nearby is weak evidence ("payable Dec. 1" is written in past-tense news)
      case PAST, NONE -> 2 * ChronoUnit.DAYS.between(anchor, future) < ChronoUnit.DAYS.between(past, anchor) ? future : past;
    };
  }

  /**
   * A quarter without a year: the occurrence nearest to the anchor's quarter (ties go to the past,
   * as results are reported after a quarter ends).
   */
  static LocalDate quarter(LocalDate anchor, int quarter) {
    int current = TimexValues.quarter(anchor);
    int back = Math.floorMod(current - quarter, 4);
    int forward = Math.floorMod(quarter - current, 4);
    LocalDate start = LocalDate.of(anchor.getYear(), (current - 1) * 3 + 1, 1);
    return back <= forward ? start.minusMonths(3L * back) : start.plusMonths(3L * forward);
  }

  /** A season (given by its representative month) without a year, like {@link #month}. */
  static LocalDate season(LocalDate anchor, int seasonMonth, Direction direction, Tense tense) {
    int anchorSeason = seasonIndex(anchor.getMonthValue());
    int target = seasonIndex(seasonMonth);
    int seasonYearOfAnchor = anchor.getMonthValue() == 12 ? anchor.getYear() + 1 : anchor.getYear();
    LocalDate current = LocalDate.of(seasonYearOfAnchor, seasonMonth, 1);
    boolean before = target < anchorSeason;
    boolean after = target > anchorSeason;
    return switch (direction) {
      case LAST -> before ? current : current.minusYears(1);
      case NEXT -> after ? current : current.plusYears(1);
      case THIS -> current;
      case NONE -> tense == Tense.FUTURE ? (before ? current.plusYears(1) : current)
          : (after ? current.minusYears(1) : current);
    };
  }

  /** Seasons in calendar order within a "season year": winter 0, spring 1, summer 2, fall 3. */
  private static int seasonIndex(int month) {
    if (month == 12 || month <= 2) {
      return 0;
    }
    return month <= 5 ? 1 : month <= 8 ? 2 : 3;
  }

  /** The point one unit of {@code granularity} before, at, or after the anchor. */
  static TimePoint step(LocalDate anchor, Granularity granularity, Direction direction) {
    long amount = direction == Direction.LAST ? -1 : direction == Direction.NEXT ? 1 : 0;
    return TimexValues.shift(new TimePoint(anchor, granularity), granularity, amount);
  }

  static LocalDate safeDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
