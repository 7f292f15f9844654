package dev.parallax.time;

import static dev.parallax.time.TimeLexicon.ANY_YEAR;
import static dev.parallax.time.TimeLexicon.NUMBER;
import static dev.parallax.time.TimeLexicon.PART_OF_DAY;
import static dev.parallax.time.TimeLexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Expressions that need the anchor or an earlier mention: "yesterday", "on Friday", "next month",
 * "earlier this year", "by year's end", "last fall", "two years ago", "a year earlier", "the next
 * day", and the vague "now", "recently", "the future".
 */
final class RelativeRules {
  private static final String UNIT_WORD = "(?i:week|weekend|month|quarter|year|decade|century)";
  private static final String EDGE_WORD = "(?:(?i:early|late|mid|earlier|later)[\\s-]+)?";

  private static final String REPORTING = "(?:said|told|announced|reported|confirmed|added|declared|disclosed)";
  private static final Pattern REPORTED_BEFORE =
      Pattern.compile("\\b" + REPORTING + "(?:\\s+on)?\\s+$");
  private static final Pattern REPORTED_AFTER =
      Pattern.compile("\\s*,?\\s+" + REPORTING + "\\b");
  /**
   * A reporting verb and its object before "on": "told reporters on Wednesday", "said in a statement
   * on Friday". The words between may not open a clause of their own ("told them he would ... on").
   */
  private static final Pattern REPORTED_TO_BEFORE = Pattern.compile("\\b" + REPORTING
      + "(?:\\s+(?!(?:will|would|could|might|may|shall|can|is|are|was|were|to|that|it|he|she|they|we|i)\\b)[\\w'’.-]+){1,4}"
      + "\\s+on\\s+$");
  /**
   * "appointments for Tuesday and Wednesday", "a service planned for Saturday": a day something is
   * booked for is the nearest such day, before or after the anchor (whether it has come yet is the
   * booking's story, not the sentence's tense).
   */
  private static final Pattern BOOKED_FOR = Pattern.compile(
      "(?i)\\bfor\\s+(?:" + WEEKDAY + "\\s*(?:,|and|or)\\s+)*$");

  private RelativeRules() {}

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of("day-word", "(?i:(?:(?:late|early)\\s+)?(?:the\\s+day\\s+(?:before|after)\\s+)?"
            + "(?:yesterday|today|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?)(?![a-z])",
            RelativeRules::dayWord),
        TimexRule.of("part-of-day", "(?i:(?:this|last|early\\s+this|late\\s+last|late\\s+this)\\s+(?:morning|afternoon|evening|night))(?![a-z])",
            RelativeRules::partOfDay),
        TimexRule.of("weekday", "(?:(?i:last|next|this|this\\s+past|this\\s+coming|coming|early|late)\\s+)?" + WEEKDAY
            + "(?:\\s+" + PART_OF_DAY + ")?", RelativeRules::weekday),
        TimexRule.of("following-unit", "(?i:the\\s+(?:next|following|previous|preceding|prior)\\s+"
            + "(?:day|morning|afternoon|evening|night|week|month|year))(?![a-z])", RelativeRules::following),
        TimexRule.of("relative-unit", EDGE_WORD + "(?i:last|next|this|this\\s+past|this\\s+coming|the\\s+current"
            + "|the\\s+latest|the\\s+most\\s+recent|the\\s+previous|the\\s+past|current|latest)\\s+" + UNIT_WORD
            + "(?![a-z])", RelativeRules::relativeUnit),
        TimexRule.of("unit-end", "(?i:(?:the\\s+)?(?:year|month|week|quarter)(?:['’]s\\s+|-)end"
            + "|the\\s+(?:end|beginning|start|middle)\\s+of\\s+(?:the|this|next|last)\\s+(?:year|month|week|quarter|decade))(?![a-z])",
            RelativeRules::unitEnd),
        TimexRule.of("that-unit", "(?i:(?:(?:earlier|later|early|late)\\s+)?(?:that|the\\s+same)\\s+(day|week|month|year|morning|afternoon|evening|night))(?![a-z])",
            RelativeRules::thatUnit),
        TimexRule.of("the-weekend", "(?i:the\\s+weekend)(?![a-z])", RelativeRules::weekend),
        TimexRule.of("season", "(?:(?i:early|late|mid)[\\s-]+)?(?:(?i:last|next|this|this\\s+past|this\\s+coming|the)\\s+)?"
            + "(?i:spring|summer|fall|autumn|winter)(?:(?:\\s+of)?,?\\s+" + ANY_YEAR + ")?(?![a-z])",
            RelativeRules::plausibleSeason, RelativeRules::season).triggeredBy("(?i)spring|summer|fall|autumn|winter"),
        TimexRule.of("ago", "(?:(?i:about|almost|nearly|more\\s+than|less\\s+than|some|roughly|around|just\\s+over|over)\\s+)?"
            + "(?<![a-zA-Z])" + NUMBER + "[\\s-]+" + TimeLexicon.UNIT + "\\s+(?i:ago|earlier|later|before|previously|from\\s+now|hence)(?![a-z])",
            RelativeRules::ago).triggeredBy("(?i)ago|earlier|later|before|previously|from\\s+now|hence"),
        TimexRule.of("year-earlier", "(?i:(?:the\\s+)?(?:year|month|quarter|week)[\\s-](?:earlier|ago)"
            + "(?:\\s+(?:period|quarter|month|year|week))?)(?![a-z])", RelativeRules::ago).triggeredBy("(?i)earlier|ago"),
        TimexRule.of("present", "(?i:now|currently|nowadays|these\\s+days|the\\s+present|at\\s+present)(?![a-z-])",
            (m, c) -> Optional.of(Resolution.of(TimexType.DATE, TimexValues.PRESENT, ""))),
        TimexRule.of("past", "(?i:recently|lately|the\\s+past|recent\\s+times)(?![a-z])",
            (m, c) -> Optional.of(Resolution.of(TimexType.DATE, TimexValues.PAST, ""))),
        TimexRule.of("recent-units", "(?i:recent\\s+(years|months|weeks|days|decades))(?![a-z])",
            (m, c) -> Optional.of(Resolution.of(TimexType.DURATION,
                TimexValues.duration("X", TimeLexicon.unit(m.group(1)).orElseThrow()), ""))),
        TimexRule.of("future", "(?i:the\\s+(?:near\\s+)?future)(?![a-z])",
            (m, c) -> Optional.of(Resolution.of(TimexType.DATE, TimexValues.FUTURE, ""))),
        TimexRule.of("coming-units", "(?i:the\\s+(?:coming|next\\s+few|past\\s+few|last\\s+few)\\s+(years|months|weeks|days|decades))(?![a-z])",
            (m, c) -> Optional.of(Resolution.of(TimexType.DURATION,
                TimexValues.duration("X", TimeLexicon.unit(m.group(1)).orElseThrow()), ""))));
  }

  private static Optional<Resolution> dayWord(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    int offset = p.has("yesterday") ? -1 : p.has("tomorrow") ? 1 : 0;
    if (p.has("day before")) {
      offset -= 1;
    } else if (p.has("day after")) {
      offset += 1;
    }
    String mod = p.has("late") ? "END" : p.has("early") ? "START" : "";
    // "tonight", "yesterday morning": TimeBank annotates these as the day (a DATE), not TNI/TMO times
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-XX-XX", mod));
    }
    TimePoint point = new TimePoint(c.anchor().get().plusDays(offset), Granularity.DAY);
    return Optional.of(Resolution.date(point, mod));
  }

  private static Optional<Resolution> partOfDay(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String code = TimeLexicon.partOfDay(m.group().replaceAll("(?s).*\\s", ""));
    int offset = p.has("last") && code.equals("NI") ? -1 : 0;
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-XX-XX", ""));
    }
    TimePoint point = new TimePoint(c.anchor().get().plusDays(offset), Granularity.DAY);
    return Optional.of(Resolution.date(point, p.mod()));
  }

  private static Optional<Resolution> weekday(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    DayOfWeek day = p.weekday().orElseThrow();
    // "Friday night" is annotated as the day in TimeBank
    String suffix = "";
    TimexType type = TimexType.DATE;
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(type, "XXXX-WXX-" + day.getValue() + suffix, ""));
    }
    String text = c.text();
    boolean possessive = text.startsWith("'s", m.end()) || text.startsWith("’s", m.end());
    // "Wednesday's ruling" names an event that has happened; "said Friday" dates the report itself
    String before = text.substring(Math.max(0, m.start() - 60), m.start());
    boolean reported = REPORTED_BEFORE.matcher(before).find() || REPORTED_TO_BEFORE.matcher(before).find()
        || REPORTED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).lookingAt();
    boolean booked = BOOKED_FOR.matcher(before).find();
    LocalDate anchor = c.anchor().get();
    Tense tense = possessive || reported ? Tense.PAST : c.tenseAt(m.start(), m.end());
    LocalDate date = booked && !possessive && !reported && p.direction() == RelativeResolver.Direction.NONE
        ? RelativeResolver.nearestWeekday(anchor, day)
        : RelativeResolver.weekday(anchor, day, p.direction(), tense);
    TimePoint point = new TimePoint(date, Granularity.DAY);
    return Optional.of(new Resolution(type, TimexValues.format(point) + suffix, "", Optional.of(point)));
  }

  /** "the next day", "the previous week": one step from the last mentioned point (else the anchor). */
  private static Optional<Resolution> following(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String last = m.group().replaceAll("(?s).*\\s", "").toLowerCase();
    Granularity g = last.matches("morning|afternoon|evening|night") ? Granularity.DAY
        : TimeLexicon.granularity(last).orElse(Granularity.DAY);
    Optional<LocalDate> base = c.lastPoint().map(TimePoint::date).or(c::anchor);
    if (base.isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, TimexValues.unknown(g), ""));
    }
    int step = p.has("next|following") ? 1 : -1;
    TimePoint point = TimexValues.shift(new TimePoint(base.get(), g), g, step);
    return Optional.of(Resolution.date(point, ""));
  }

  /** "that day", "later that year": the last mentioned point, at the unit's granularity. */
  private static Optional<Resolution> thatUnit(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String unit = m.group(1).toLowerCase();
    Granularity g = unit.matches("morning|afternoon|evening|night") ? Granularity.DAY
        : TimeLexicon.granularity(unit).orElse(Granularity.DAY);
    Optional<TimePoint> last = c.lastPoint().filter(pt -> pt.granularity().compareTo(g) <= 0);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    String mod = p.has("early|earlier") ? "START" : p.has("late|later") ? "END" : "";
    if (g == Granularity.DAY) {
      mod = "";
    }
    return Optional.of(Resolution.date(new TimePoint(last.get().date(), g), mod));
  }

  private static Optional<Resolution> relativeUnit(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String unit = m.group().replaceAll("(?s).*\\s", "");
    Granularity g = TimeLexicon.granularity(unit).orElseThrow();
    String mod = p.has("early|earlier") ? "START" : p.has("late|later") ? "END" : p.has("mid") ? "MID" : "";
    if (p.has("the past") || (p.has("past") && !p.has("this past"))) {
      // "the past year" is the stretch of time up to now, not the calendar year before.
      return Optional.of(Resolution.of(TimexType.DURATION, durationOf(g, "1"), ""));
    }
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, TimexValues.unknown(g), mod));
    }
    return Optional.of(Resolution.date(RelativeResolver.step(c.anchor().get(), g, p.direction()), mod));
  }

  private static String durationOf(Granularity g, String amount) {
    return switch (g) {
      case DAY -> "P" + amount + "D";
      case WEEK, WEEKEND -> "P" + amount + "W";
      case MONTH -> "P" + amount + "M";
      case QUARTER -> "P" + amount + "Q";
      case DECADE -> "P" + amount + "DE";
      case CENTURY -> "P" + amount + "CE";
      default -> "P" + amount + "Y";
    };
  }

  private static Optional<Resolution> unitEnd(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String text = m.group().toLowerCase();
    String unit = text.contains("month") ? "month" : text.contains("week") ? "week"
        : text.contains("quarter") ? "quarter" : text.contains("decade") ? "decade" : "year";
    Granularity g = TimeLexicon.granularity(unit).orElseThrow();
    String mod = p.has("beginning of|start of") ? "START" : p.has("middle of") ? "MID" : "END";
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, TimexValues.unknown(g), mod));
    }
    return Optional.of(Resolution.date(RelativeResolver.step(c.anchor().get(), g, p.direction()), mod));
  }

  private static Optional<Resolution> weekend(MatchResult m, RuleContext c) {
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-WXX-WE", ""));
    }
    LocalDate anchor = c.anchor().get();
    LocalDate saturday = c.tenseAt(m.start(), m.end()) == Tense.FUTURE
        ? anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
        : anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    if (anchor.getDayOfWeek() == DayOfWeek.SUNDAY || anchor.getDayOfWeek() == DayOfWeek.SATURDAY) {
      saturday = anchor.with(DayOfWeek.SATURDAY);
    }
    return Optional.of(Resolution.date(new TimePoint(saturday, Granularity.WEEKEND), ""));
  }

  private static boolean plausibleSeason(MatchResult m, String text) {
    Phrase p = new Phrase(m.group());
    boolean marked = p.has("last|next|this|early|late|mid") || p.year().isPresent();
    return marked || (p.has("the") && p.has("summer|winter|autumn"));
  }

  private static Optional<Resolution> season(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String word = m.group().replaceAll("(?is).*?(spring|summer|fall|autumn|winter).*", "$1");
    int month = TimeLexicon.seasonMonth(word).orElseThrow();
    String code = TimexValues.season(LocalDate.of(2000, month, 1));
    String mod = p.has("early") ? "START" : p.has("late") ? "END" : p.has("mid") ? "MID" : "";
    OptionalInt year = p.year();
    if (year.isPresent()) {
      return Optional.of(Resolution.date(new TimePoint(LocalDate.of(year.getAsInt(), month, 1), Granularity.SEASON), mod));
    }
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-" + code, mod));
    }
    LocalDate date = RelativeResolver.season(c.anchor().get(), month, p.direction(), c.tenseAt(m.start(), m.end()));
    return Optional.of(Resolution.date(new TimePoint(date, Granularity.SEASON), mod));
  }

  /**
   * "two years ago", "a year earlier", "year-ago": a shift from the anchor ("ago") or from the last
   * mentioned point ("earlier", "later"). A year back from a quarter stays a quarter, as business
   * news compares a quarter with the same quarter a year before.
   */
  private static Optional<Resolution> ago(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String text = m.group().toLowerCase();
    String unitWord = p.unitWord().orElse("year");
    Granularity unit = TimeLexicon.granularity(unitWord).orElse(null);
    if (unit == null) {
      // hours, minutes: the same day as far as a date goes
      unit = Granularity.DAY;
    }
    Optional<Double> count = p.countWords().map(TimeLexicon::number).orElse(Optional.of(1.0));
    if (text.matches("(?s).*(?:year|month|quarter|week)[\\s-](?:earlier|ago).*") && p.countWords().isEmpty()) {
      count = Optional.of(1.0);
    }
    boolean future = p.has("later|from now|hence");
    if (p.has("later|before") && !(count.isPresent() && count.get() == 1.0 && text.matches("(?s)(?:an?|one)\\s.*"))) {
      // "three days later", "several months before": TimeBank annotates the length of time
      String amount = count.map(n -> n == Math.rint(n) ? Long.toString(n.longValue()) : n.toString()).orElse("X");
      return TimeLexicon.unit(unitWord).map(u -> Resolution.of(TimexType.DURATION, TimexValues.duration(amount, u), ""));
    }
    if (count.isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, future ? TimexValues.FUTURE : TimexValues.PAST, ""));
    }
    boolean fromMention = p.has("earlier|later|before|previously");
    Optional<TimePoint> mention = c.lastPoint();
    Optional<TimePoint> base = fromMention && mention.isPresent() ? mention
        : c.anchor().map(a -> new TimePoint(a, Granularity.DAY));
    if (base.isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, TimexValues.unknown(unit), ""));
    }
    Granularity target = unit;
    LocalDate start = base.get().date();
    Optional<TimePoint> period = c.lastPeriod();
    if (unit == Granularity.YEAR && period.isPresent()) {
      target = period.get().granularity();
      start = period.get().date();
    } else if (fromMention && base.get().granularity().compareTo(unit) < 0
        && base.get().granularity() != Granularity.WEEKEND) {
      target = base.get().granularity();
    } else if (unit == Granularity.DECADE || unit == Granularity.CENTURY) {
      target = Granularity.YEAR;
    }
    long amount = Math.round(count.get());
    if (unit == Granularity.DECADE) {
      amount *= 10;
      unit = Granularity.YEAR;
    } else if (unit == Granularity.CENTURY) {
      amount *= 100;
      unit = Granularity.YEAR;
    }
    TimePoint shifted = TimexValues.shift(new TimePoint(start, target), unit, future ? amount : -amount);
    // a comparison point ("a year earlier") is not what the text goes on to talk about: not remembered
    return Optional.of(Resolution.of(TimexType.DATE, TimexValues.format(shifted), p.mod().equals("APPROX") ? "APPROX" : ""));
  }
}
