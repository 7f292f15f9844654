package dev.parallax.time;

import static dev.parallax.time.TimeLexicon.DAY_NUMBER;
import static dev.parallax.time.TimeLexicon.MONTH;
import static dev.parallax.time.TimeLexicon.WEEKDAY;
import static dev.parallax.time.TimeLexicon.ANY_YEAR;
import static dev.parallax.time.TimeLexicon.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates named by month, day, year, decade or century: "14 March 2026", "March 14, 2026",
 * "2026-03-14", "March 2026", "late February", "last June", "1998", "the 1990s", "the 20th century".
 */
final class DateRules {
  /** Words that turn a month, year or decade into its start, middle or end. */
  static final String EDGE = "(?:(?i:early|late|mid|the\\s+(?:end|beginning|start|middle|close)\\s+of"
      + "|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of|the\\s+early|the\\s+late|the\\s+mid)[\\s-]+)?";
  private static final String WEEKDAY_LEAD = "(?:" + WEEKDAY + ",?\\s+|(?i:last|next|this\\s+coming|this\\s+past)\\s+)?";
  private static final String RELATIVE = "(?:(?i:last|next|this|this\\s+past|this\\s+coming)\\s+)?";

  private static final Pattern SHARED_YEAR = Pattern.compile(
      "\\s{0,2}(?:and|or|to|through|-|–)\\s{0,2}" + DAY_NUMBER + ",?\\s+(" + YEAR + ")");

  private DateRules() {}

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of("iso-date", "(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])", DateRules::iso),
        TimexRule.of("slash-date", "(?<![\\d/])\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})(?![\\d/])", DateRules::slash),
        TimexRule.of("month-day-year", WEEKDAY_LEAD + EDGE + MONTH + "\\s+" + DAY_NUMBER + "(?:,?\\s+" + ANY_YEAR + ")?",
            DateRules::dayDate),
        TimexRule.of("day-month-year", WEEKDAY_LEAD + "(?i:the\\s+)?" + DAY_NUMBER + "\\s+(?i:of\\s+)?" + MONTH
            + "(?:,?\\s+" + ANY_YEAR + ")?", DateRules::dayDate),
        // the cheap digit test first: the look-behind is costly, so it runs only where a day can start
        TimexRule.of("second-day", "(?=\\d)(?<=" + MONTH + "\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?\\s{0,2}(?:and|or|to|through|-|–)\\s{0,2})"
            + DAY_NUMBER + "(?:,?\\s+" + YEAR + ")?(?!\\s*(?:%|percent|[-–/.]?\\d))", DateRules::secondDay),
        TimexRule.of("month-year", EDGE + MONTH + "(?:\\s+of)?,?\\s+" + ANY_YEAR, DateRules::monthYear),
        TimexRule.of("month-relative-year", EDGE + MONTH + "(?:\\s+of)?,?\\s+(?i:this|last|next)\\s+year(?![a-z])", DateRules::monthOfRelativeYear),
        TimexRule.of("month", EDGE + RELATIVE + MONTH, DateRules::notAName, DateRules::month),
        TimexRule.of("year", "(?:(?i:fiscal|calendar|the\\s+year|the\\s+fiscal\\s+year)\\s+)?" + EDGE + ANY_YEAR
            + "(?!\\s*-\\s*\\d)", DateRules::plausibleYear, DateRules::year),
        TimexRule.of("decade", EDGE + "(?:(?i:the)\\s+)?" + EDGE + "(?:(?:1[5-9]|20)\\d0'?s|'\\d0s)(?![a-z])",
            DateRules::decade).triggeredBy("\\d0'?s"),
        TimexRule.of("decade-words", EDGE + "(?i:the\\s+)" + EDGE + "(?i:(?:nineteen[\\s-])?(twenties|thirties|forties|fifties|sixties"
            + "|seventies|eighties|nineties))(?![a-z])", DateRules::decadeWords).triggeredBy("(?i)ties"),
        TimexRule.of("century", "(?i:the\\s+)?" + EDGE + "(?:\\d{1,2}(?:st|nd|rd|th)|(?i:[a-z]+(?:-[a-z]+)?))[\\s-]+(?i:century)(?![a-z])",
            DateRules::century).triggeredBy("(?i)century"));
  }

  private static Optional<Resolution> iso(MatchResult m, RuleContext c) {
    String[] parts = m.group().split("-");
    LocalDate date = RelativeResolver.safeDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
        Integer.parseInt(parts[2]));
    return Optional.ofNullable(date).map(d -> Resolution.date(new TimePoint(d, Granularity.DAY), ""));
  }

  private static Optional<Resolution> slash(MatchResult m, RuleContext c) {
    String[] parts = m.group().split("/");
    int year = Integer.parseInt(parts[2]);
    if (parts[2].length() == 2) {
      year += year > 40 ? 1900 : 2000;
    }
    int first = Integer.parseInt(parts[0]);
    int second = Integer.parseInt(parts[1]);
    // US order (month/day) unless the first number cannot be a month (14/03/2026)
    LocalDate date = first > 12
        ? RelativeResolver.safeDate(year, second, first)
        : RelativeResolver.safeDate(year, first, second);
    return Optional.ofNullable(date).map(d -> Resolution.date(new TimePoint(d, Granularity.DAY), ""));
  }

  /** A day named by month and day, with or without year and weekday. */
  static Optional<Resolution> dayDate(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    OptionalInt month = p.month();
    OptionalInt day = p.day();
    if (month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    OptionalInt year = p.year();
    if (year.isEmpty() && m.end() <= c.text().length()) {
      // "April 24 and 25, 2026": the year is written after the second day
      Matcher shared = SHARED_YEAR.matcher(c.text()).region(m.end(), c.text().length());
      if (shared.lookingAt()) {
        year = OptionalInt.of(Integer.parseInt(shared.group(1)));
      }
    }
    LocalDate date;
    if (year.isPresent()) {
      date = RelativeResolver.safeDate(year.getAsInt(), month.getAsInt(), day.getAsInt());
    } else if (c.anchor().isPresent()) {
      LocalDate anchor = c.anchor().get();
      date = switch (p.direction()) {
        case LAST -> RelativeResolver.monthDay(anchor, month.getAsInt(), day.getAsInt(), Tense.PAST);
        case NEXT -> RelativeResolver.monthDay(anchor, month.getAsInt(), day.getAsInt(), Tense.FUTURE);
        default -> RelativeResolver.monthDay(anchor, month.getAsInt(), day.getAsInt(), c.tenseAt(m.start(), m.end()));
      };
    } else {
      return Optional.of(Resolution.of(TimexType.DATE,
          String.format("XXXX-%02d-%02d", month.getAsInt(), day.getAsInt()), ""));
    }
    return Optional.ofNullable(date).map(d -> Resolution.date(new TimePoint(d, Granularity.DAY), p.mod()));
  }

  /** "25" in "April 24 and 25": the month (and year) come from the first day. */
  private static Optional<Resolution> secondDay(MatchResult m, RuleContext c) {
    String before = c.text().substring(Math.max(0, m.start() - 30), m.start());
    Matcher month = Pattern.compile(MONTH).matcher(before);
    String last = null;
    while (month.find()) {
      last = month.group();
    }
    if (last == null) {
      return Optional.empty();
    }
    String phrase = last + " " + m.group();
    return dayDate(Pattern.compile(".+").matcher(phrase).results().findFirst().orElseThrow(), c);
  }

  private static Optional<Resolution> monthYear(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    LocalDate date = LocalDate.of(p.year().getAsInt(), p.month().getAsInt(), 1);
    return Optional.of(Resolution.date(new TimePoint(date, Granularity.MONTH), p.mod()));
  }

  /** "June last year", "January this year". */
  private static Optional<Resolution> monthOfRelativeYear(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    int month = p.month().getAsInt();
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, String.format("XXXX-%02d", month), p.mod()));
    }
    int year = c.anchor().get().getYear() + (p.has("last") ? -1 : p.has("next") ? 1 : 0);
    return Optional.of(Resolution.date(new TimePoint(LocalDate.of(year, month, 1), Granularity.MONTH), p.mod()));
  }

  private static Optional<Resolution> month(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    int month = p.month().getAsInt();
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, String.format("XXXX-%02d", month), p.mod()));
    }
    LocalDate date = RelativeResolver.month(c.anchor().get(), month, p.direction(), c.tenseAt(m.start(), m.end()));
    return Optional.of(Resolution.date(new TimePoint(date, Granularity.MONTH), p.mod()));
  }

  /** "May" or "March" right after a capitalised word is a surname ("Theresa May"), not a month. */
  private static boolean notAName(MatchResult m, String text) {
    String word = m.group().replaceFirst("(?s).*\\s", "");
    if (word.matches("Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")) {
      // "Jan" without a period, alone, is a first name far more often than a month
      return false;
    }
    if (!word.equals("May") && !word.equals("March") && !word.equals("June") && !word.equals("August")) {
      return true;
    }
    int i = m.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    String previous = text.substring(i + 1, end);
    boolean afterName = !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
        && !previous.matches("In|On|By|Since|Until|Through|Last|Next|This|Early|Late|Mid|From|Before|After|During");
    boolean modal = word.equals("May") && m.end() + 1 < text.length()
        && text.substring(m.end()).matches("(?s)\\s+(?:be|have|not|also|well|still|never)\\b.*");
    return !afterName && !modal;
  }

  /** A bare four-digit number is a year only if it is not a count ("1500 troops"). */
  private static boolean plausibleYear(MatchResult m, String text) {
    String words = m.group().toLowerCase();
    if (words.contains("thousand") && !words.contains("year")) {
      // "two thousand" alone is a count
      return false;
    }
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20)).toLowerCase();
    if (after.matches("(?s)\\s+(?:people|troops|soldiers|students|workers|votes|shares|units|jobs|homes|"
        + "miles|kilometers|km|feet|meters|points|tons|dollars|yen|marks|employees)\\b.*")) {
      return false;
    }
    String before = text.substring(Math.max(0, m.start() - 12), m.start()).toLowerCase();
    return !before.matches("(?s).*(?:no\\.|number|page|flight|room|route|highway|\\$|#)\\s*$");
  }

  private static Optional<Resolution> year(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    LocalDate date = LocalDate.of(p.year().getAsInt(), 1, 1);
    return Optional.of(Resolution.date(new TimePoint(date, Granularity.YEAR), p.mod()));
  }

  private static Optional<Resolution> decade(MatchResult m, RuleContext c) {
    String text = m.group();
    String digits = text.replaceAll("\\D", "");
    int year;
    if (digits.length() == 2) {
      int pivot = c.anchor().map(LocalDate::getYear).orElse(2000);
      year = (pivot / 100) * 100 + Integer.parseInt(digits);
      if (year > pivot) {
        year -= 100;
      }
    } else {
      year = Integer.parseInt(digits.substring(0, 4));
    }
    Phrase p = new Phrase(text);
    return Optional.of(Resolution.date(new TimePoint(LocalDate.of(year, 1, 1), Granularity.DECADE), p.mod()));
  }

  private static Optional<Resolution> decadeWords(MatchResult m, RuleContext c) {
    String word = m.group(1).toLowerCase();
    int tens = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
        .indexOf(word) + 2;
    int year = 1900 + tens * 10;
    return Optional.of(Resolution.date(new TimePoint(LocalDate.of(year, 1, 1), Granularity.DECADE), new Phrase(m.group()).mod()));
  }

  private static Optional<Resolution> century(MatchResult m, RuleContext c) {
    String text = m.group().toLowerCase();
    String ordinal = text.replaceFirst("^the\\s+", "").replaceFirst("^(?:early|late|mid)[\\s-]+", "")
        .split("[\\s]+|-(?=century)")[0];
    OptionalInt n = ordinal.matches("\\d+(st|nd|rd|th)")
        ? OptionalInt.of(Integer.parseInt(ordinal.replaceAll("\\D", "")))
        : TimeLexicon.ordinal(ordinal);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.of((n.getAsInt() - 1) * 100 + 1, 1, 1);
    return Optional.of(Resolution.of(TimexType.DATE, String.format("%02d", n.getAsInt() - 1), new Phrase(text).mod())
        ).map(r -> new Resolution(r.type(), r.value(), r.mod(), Optional.of(new TimePoint(date, Granularity.CENTURY))));
  }
}
