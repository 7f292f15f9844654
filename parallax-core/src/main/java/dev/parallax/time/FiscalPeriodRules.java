package dev.parallax.time;

import static dev.parallax.time.TimeLexicon.ANY_YEAR;

import dev.parallax.time.RelativeResolver.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business-reporting periods: "the third quarter", "third-quarter", "the fiscal first half",
 * "Q3 2025", "H1", "the quarter", "the latest period", "the 1988 period", "the year-ago quarter".
 * A quarter without a year is the one nearest the anchor; "the quarter" is the one being discussed.
 */
final class FiscalPeriodRules {
  private FiscalPeriodRules() {}

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of("quarter", "(?i:the\\s+)?(?:(?i:comparable|corresponding|same)\\s+)?(?:(?i:fiscal|calendar)\\s+)?(?:" + ANY_YEAR + "(?:['’]s)?\\s+"
            + "|(?i:this|last|next)\\s+year['’]s\\s+|(?i:year-ago|year-earlier|prior-year|previous-year)\\s+)?(?:(?i:fiscal|calendar)\\s+)?"
            + "(?i:first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+(?:(?i:fiscal|calendar)\\s+)?(?i:quarter|half)"
            + "(?:(?:\\s+of|,)?\\s+(?:(?i:fiscal\\s+)?" + ANY_YEAR + "|(?i:this|last|next)\\s+year))?(?![a-z])",
            FiscalPeriodRules::quarter).triggeredBy("(?i)quarter|half"),
        TimexRule.of("q-notation", "(?:(?i:fiscal|FY)\\s?)?[QH][1-4](?![\\w])(?:(?:\\s+|-|\\s+of\\s+)(?:" + ANY_YEAR + "|FY\\s?\\d{2,4}|'\\d{2}))?",
            FiscalPeriodRules::quarterNotation).triggeredBy("[QH][1-4]"),
        TimexRule.of("the-quarter", "(?i:the\\s+(?:latest\\s+|recent\\s+|just-ended\\s+|same\\s+)?(?:quarter|period)"
            + "(?:\\s+a\\s+year\\s+(?:ago|earlier))?)(?![a-z-])", FiscalPeriodRules::theQuarter).triggeredBy("(?i)quarter|period"),
        TimexRule.of("year-period", "(?i:the\\s+)(?:" + ANY_YEAR + ")\\s+(?i:period|quarter)(?![a-z])", FiscalPeriodRules::yearPeriod)
            .triggeredBy("(?i)quarter|period"));
  }

  private static Optional<Resolution> quarter(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String text = m.group().toLowerCase();
    boolean half = text.contains("half");
    String ordinal = text.replaceAll("(?s).*?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\\s-]+.*", "$1");
    int n = ordinal.equals("final") ? (half ? 2 : 4) : TimeLexicon.ordinal(ordinal).orElse(1);
    if (n > (half ? 2 : 4)) {
      return Optional.empty();
    }
    Granularity g = half ? Granularity.HALF : Granularity.QUARTER;
    int firstMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    OptionalInt year = p.year();
    LocalDate date;
    if (year.isPresent()) {
      date = LocalDate.of(year.getAsInt(), firstMonth, 1);
    } else if (c.anchor().isPresent()) {
      LocalDate anchor = c.anchor().get();
      if (p.has("this year's|this year")) {
        date = LocalDate.of(anchor.getYear(), firstMonth, 1);
      } else if (p.has("year-ago|year-earlier|prior-year|previous-year") && !half) {
        // the same quarter a year before the one being reported on
        date = RelativeResolver.quarter(anchor, n).minusYears(1);
      } else if (p.has("last year's|last year|year-ago|year-earlier|prior-year|previous-year")) {
        date = LocalDate.of(anchor.getYear() - 1, firstMonth, 1);
      } else if (p.has("next year's|next year")) {
        date = LocalDate.of(anchor.getYear() + 1, firstMonth, 1);
      } else if (half) {
        int currentHalf = anchor.getMonthValue() <= 6 ? 1 : 2;
        date = LocalDate.of(n <= currentHalf ? anchor.getYear() : anchor.getYear() - 1, firstMonth, 1);
      } else {
        date = RelativeResolver.quarter(anchor, n);
      }
    } else {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-" + (half ? "H" : "Q") + n, ""));
    }
    return Optional.of(Resolution.date(new TimePoint(date, g), ""));
  }

  /** "Q3 2025", "Q4", "H1 2026": business shorthand for quarters and halves. */
  private static Optional<Resolution> quarterNotation(MatchResult m, RuleContext c) {
    String text = m.group();
    Matcher q = Pattern.compile("([QH])([1-4])").matcher(text);
    if (!q.find() || q.group(1).equals("H") && Integer.parseInt(q.group(2)) > 2) {
      return Optional.empty();
    }
    boolean half = q.group(1).equals("H");
    int n = Integer.parseInt(q.group(2));
    String rest = text.substring(q.end());
    OptionalInt year = new Phrase(rest).year();
    Matcher shortYear = Pattern.compile("(?:'|FY\\s?)(\\d{2})(?!\\d)").matcher(rest);
    if (year.isEmpty() && shortYear.find()) {
      int yy = Integer.parseInt(shortYear.group(1));
      year = OptionalInt.of(yy + (yy > 40 ? 1900 : 2000));
    }
    Granularity g = half ? Granularity.HALF : Granularity.QUARTER;
    int firstMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
    if (year.isPresent()) {
      return Optional.of(Resolution.date(new TimePoint(LocalDate.of(year.getAsInt(), firstMonth, 1), g), ""));
    }
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-" + q.group(1) + n, ""));
    }
    LocalDate anchor = c.anchor().get();
    LocalDate date = half
        ? LocalDate.of(n <= (anchor.getMonthValue() <= 6 ? 1 : 2) ? anchor.getYear() : anchor.getYear() - 1, firstMonth, 1)
        : RelativeResolver.quarter(anchor, n);
    return Optional.of(Resolution.date(new TimePoint(date, g), ""));
  }

  /** "the quarter", "the latest period": the quarter talked about last, else the one before the anchor. */
  private static Optional<Resolution> theQuarter(MatchResult m, RuleContext c) {
    Optional<TimePoint> last = c.lastPoint().filter(pt -> pt.granularity() == Granularity.QUARTER
        || pt.granularity() == Granularity.HALF);
    if (m.group().toLowerCase().matches("(?s).*a\\s+year\\s+(?:ago|earlier)")) {
      Optional<TimePoint> base = c.lastPeriod()
          .or(() -> c.anchor().map(a -> RelativeResolver.step(a, Granularity.QUARTER, Direction.LAST)));
      return Optional.of(base.map(b -> Resolution.of(TimexType.DATE,
              TimexValues.format(TimexValues.shift(b, Granularity.YEAR, -1)), ""))
          .orElse(Resolution.of(TimexType.DATE, "XXXX-QX", "")));
    }
    if (last.isPresent()) {
      return Optional.of(Resolution.date(last.get(), ""));
    }
    if (m.group().toLowerCase().contains("period")) {
      return Optional.empty();
    }
    if (c.anchor().isEmpty()) {
      return Optional.of(Resolution.of(TimexType.DATE, "XXXX-QX", ""));
    }
    return Optional.of(Resolution.date(RelativeResolver.step(c.anchor().get(), Granularity.QUARTER, Direction.LAST), ""));
  }

  /** "the 1988 period": the fiscal period being discussed, in that year; else the year. */
  private static Optional<Resolution> yearPeriod(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    int year = p.year().orElseThrow();
    Optional<TimePoint> period = c.lastPeriod();
    if (period.isPresent()) {
      TimePoint shifted = new TimePoint(period.get().date().withYear(year), period.get().granularity());
      return Optional.of(Resolution.of(TimexType.DATE, TimexValues.format(shifted), ""));
    }
    return Optional.of(Resolution.date(new TimePoint(LocalDate.of(year, 1, 1), Granularity.YEAR), ""));
  }
}
