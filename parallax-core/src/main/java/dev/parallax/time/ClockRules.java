package dev.parallax.time;

import static dev.parallax.time.TimeLexicon.DAY_NUMBER;
import static dev.parallax.time.TimeLexicon.MONTH;
import static dev.parallax.time.TimeLexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Clock times, alone or with their day: "9:15 a.m.", "noon", "4 a.m. EDT Thursday". */
final class ClockRules {
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(?:([ap])\\.?m\\.?)?",
      Pattern.CASE_INSENSITIVE);
  private static final String ZONE = "(?:\\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|local\\s+time)(?![A-Za-z]))?";
  private static final String DAY = "(?:,?\\s+(?:(?i:on)\\s+)?(?:" + WEEKDAY + "(?:,?\\s+" + MONTH + "\\s+" + DAY_NUMBER + ")?"
      + "|" + MONTH + "\\s+" + DAY_NUMBER + "|(?i:today|yesterday|tomorrow)(?![a-z])))?";

  private ClockRules() {}

  static List<TimexRule> rules() {
    return List.of(TimexRule.of("clock",
        "(?<![\\d:.$])(?:\\d{1,2}(?::\\d{2})?\\s*(?i:a\\.m\\.|p\\.m\\.|am(?![a-z])|pm(?![a-z]))|\\d{1,2}\\s+(?i:o'clock)"
            + "|\\d{1,2}(?::\\d{2})?\\s+(?i:in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)"
            + "|(?i:noon|midnight|midday)(?![a-z]))" + ZONE + DAY,
        ClockRules::clock));
  }

  private static Optional<Resolution> clock(MatchResult m, RuleContext c) {
    String text = m.group();
    String lower = text.toLowerCase(Locale.ROOT);
    int hour;
    int minute = 0;
    if (lower.startsWith("noon") || lower.startsWith("midday")) {
      hour = 12;
    } else if (lower.startsWith("midnight")) {
      hour = 0;
    } else {
      Matcher clock = CLOCK.matcher(text);
      if (!clock.lookingAt()) {
        return Optional.empty();
      }
      hour = Integer.parseInt(clock.group(1));
      minute = clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2));
      String half = clock.group(3);
      if (hour > 12 && half != null || hour > 23 || minute > 59) {
        return Optional.empty();
      }
      if (half != null && half.equalsIgnoreCase("p") && hour < 12) {
        hour += 12;
      } else if (half != null && half.equalsIgnoreCase("a") && hour == 12) {
        hour = 0;
      } else if (half == null && hour < 12 && lower.matches("(?s).*\\b(?:afternoon|evening|at night)\\b.*")) {
        hour += 12;
      }
    }
    String clockValue = String.format("T%02d:%02d", hour, minute);
    Optional<LocalDate> day = day(m, c);
    if (day.isEmpty()) {
      return Optional.of(Resolution.of(TimexType.TIME, "XXXX-XX-XX" + clockValue, ""));
    }
    TimePoint point = new TimePoint(day.get(), Granularity.DAY);
    return Optional.of(new Resolution(TimexType.TIME, TimexValues.format(point) + clockValue, "", Optional.of(point)));
  }

  /** The day the time is on: named in the match, else the last day mentioned, else the anchor. */
  private static Optional<LocalDate> day(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    if (c.anchor().isEmpty()) {
      return Optional.empty();
    }
    LocalDate anchor = c.anchor().get();
    if (p.month().isPresent() && p.day().isPresent()) {
      return Optional.ofNullable(RelativeResolver.monthDay(anchor, p.month().getAsInt(), p.day().getAsInt(),
          c.tenseAt(m.start(), m.end())));
    }
    Optional<DayOfWeek> weekday = p.weekday();
    if (weekday.isPresent()) {
      return Optional.of(RelativeResolver.weekday(anchor, weekday.get(), RelativeResolver.Direction.NONE,
          c.tenseAt(m.start(), m.end())));
    }
    if (p.has("yesterday")) {
      return Optional.of(anchor.minusDays(1));
    }
    if (p.has("tomorrow")) {
      return Optional.of(anchor.plusDays(1));
    }
    return Optional.of(c.lastPoint().filter(pt -> pt.granularity() == Granularity.DAY).map(TimePoint::date)
        .orElse(anchor));
  }
}
