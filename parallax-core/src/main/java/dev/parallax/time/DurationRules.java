package dev.parallax.time;

import static dev.parallax.time.TimeLexicon.MONTH;
import static dev.parallax.time.TimeLexicon.NUMBER;
import static dev.parallax.time.TimeLexicon.UNIT;
import static dev.parallax.time.TimeLexicon.WEEKDAY;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time and recurrences: "the past seven months" (P7M), "two weeks" (P2W), "24 hours"
 * (PT24H), "for years" (PXY), "every week" and "weekly" (SET P1W), "every Friday" (SET XXXX-WXX-5).
 */
final class DurationRules {
  private static final String QUALIFIER = "(?:(?i:about|almost|nearly|more\\s+than|less\\s+than|at\\s+least|some"
      + "|roughly|around|over|up\\s+to|under|just\\s+over|another|an\\s+additional|the\\s+(?:past|last|next|first"
      + "|previous|coming|following|final|remaining|better\\s+part\\s+of)|(?:past|last|next|first|previous|coming"
      + "|following))\\s+)?";

  private DurationRules() {}

  static List<TimexRule> rules() {
    return List.of(
        TimexRule.of("duration", QUALIFIER + "(?<![a-zA-Z$])(?:\\d+\\s+1/2|\\d+½|" + NUMBER + ")(?:\\s+(?i:more|full|straight|consecutive))?"
            + "[\\s-]+" + UNIT + "(?:\\s+(?i:and\\s+a\\s+half))?(?:-(?i:long))?(?![\\s-]+(?i:old)(?![a-z]))", DurationRules::notMoney, DurationRules::duration),
        TimexRule.of("unit-long", "(?i:(hour|day|week|month|year|decade)(s?)-long)(?![a-z])",
            (m, c) -> Optional.of(Resolution.of(TimexType.DURATION, TimexValues.duration(
                m.group(2).isEmpty() ? "1" : "X", TimeLexicon.unit(m.group(1)).orElseThrow()), ""))),
        TimexRule.of("vague-duration", "(?<=(?i:for|over|within|after|in)\\s)(?i:years|months|decades|weeks|days|hours)(?![a-z])",
            DurationRules::duration),
        TimexRule.of("set-every", "(?i:every|each|per)\\s+(?:(?i:other|single)\\s+)?(?:(?i:day|week|month|year|quarter"
            + "|morning|afternoon|evening|night|hour|minute|weekend|summer|winter|spring|fall)(?![a-z])|" + WEEKDAY + "|" + MONTH + ")",
            DurationRules::every),
        TimexRule.of("set-adverb", "(?i:daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly)(?![a-z])",
            DurationRules::adverb),
        TimexRule.of("set-times", "(?i:once|twice|(?:three|four|five|six|\\d+)\\s+times)\\s+(?i:a|an|per|each)\\s+"
            + "(?i:day|week|month|year)(?![a-z])", DurationRules::frequency));
  }

  /** "$5 million a year" is a rate; the "a year" part is a SET, not a one-year duration. */
  private static boolean notMoney(MatchResult m, String text) {
    if (!m.group().toLowerCase(Locale.ROOT).matches("(?s)an?\\s.*")) {
      return true;
    }
    String before = text.substring(Math.max(0, m.start() - 25), m.start()).toLowerCase(Locale.ROOT);
    return !before.matches("(?s).*(?:\\d|million|billion|trillion|percent|%|cents?|dollars?|times|once|twice)\\s*$");
  }

  private static Optional<Resolution> duration(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    Optional<String> unitWord = p.unitWord();
    if (unitWord.isEmpty()) {
      return Optional.empty();
    }
    String lowerUnit = unitWord.get().toLowerCase(Locale.ROOT);
    ChronoUnit unit = TimeLexicon.unit(lowerUnit).orElse(ChronoUnit.YEARS);
    boolean quarter = lowerUnit.startsWith("quarter");
    Optional<String> words = p.countWords();
    Optional<Double> count = words.isEmpty() ? Optional.empty() : TimeLexicon.number(words.get());
    if (count.isPresent() && words.get().matches("(?:1[5-9]|20)\\d\\d")) {
      // "the 1988 quarter" names a year's quarter, not 1988 quarters
      return Optional.empty();
    }
    if (words.isEmpty() && m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:a|an)\\s.*")) {
      count = Optional.of(1.0);
    }
    Matcher half = Pattern.compile("(\\d+)(?:\\s+1/2|½)").matcher(m.group());
    if (half.find()) {
      count = Optional.of(Integer.parseInt(half.group(1)) + 0.5);
    } else if (p.has("and a half") && count.isPresent()) {
      count = Optional.of(count.get() + 0.5);
    }
    if (lowerUnit.startsWith("fortnight")) {
      count = count.map(n -> n * 2);
    }
    if (quarter) {
      // TimeBank writes quarters of a year as months: "three quarters" is P9M
      count = count.map(n -> n * 3);
      unit = ChronoUnit.MONTHS;
    }
    ChronoUnit counted = unit;
    String value = count.map(n -> TimexValues.duration(n, counted)).orElse(TimexValues.duration("X", counted));
    return Optional.of(Resolution.of(TimexType.DURATION, value, p.mod().matches("START|END|MID") ? "" : p.mod()));
  }

  private static Optional<Resolution> every(MatchResult m, RuleContext c) {
    Phrase p = new Phrase(m.group());
    String last = m.group().replaceAll("(?s).*\\s", "");
    if (p.weekday().isPresent()) {
      return Optional.of(Resolution.of(TimexType.SET, "XXXX-WXX-" + p.weekday().get().getValue(), ""));
    }
    if (p.month().isPresent()) {
      return Optional.of(Resolution.of(TimexType.SET, String.format("XXXX-%02d", p.month().getAsInt()), ""));
    }
    String unit = last.toLowerCase(Locale.ROOT);
    String every = p.has("other") ? "2" : "1";
    String value = switch (unit) {
      case "morning", "afternoon", "evening", "night" -> "TXX" + TimeLexicon.partOfDay(unit);
      case "hour" -> "PT" + every + "H";
      case "minute" -> "PT" + every + "M";
      case "day" -> "P" + every + "D";
      case "week" -> "P" + every + "W";
      case "weekend" -> "XXXX-WXX-WE";
      case "month" -> "P" + every + "M";
      case "quarter" -> "P" + every + "Q";
      case "summer" -> "XXXX-SU";
      case "winter" -> "XXXX-WI";
      case "spring" -> "XXXX-SP";
      case "fall" -> "XXXX-FA";
      default -> "P" + every + "Y";
    };
    return Optional.of(Resolution.of(TimexType.SET, value, ""));
  }

  private static Optional<Resolution> adverb(MatchResult m, RuleContext c) {
    String value = switch (m.group().toLowerCase(Locale.ROOT)) {
      case "daily", "nightly" -> "P1D";
      case "weekly" -> "P1W";
      case "biweekly" -> "P2W";
      case "monthly" -> "P1M";
      case "quarterly" -> "P3M";
      case "hourly" -> "PT1H";
      default -> "P1Y";
    };
    return Optional.of(Resolution.of(TimexType.SET, value, ""));
  }

  private static Optional<Resolution> frequency(MatchResult m, RuleContext c) {
    String unit = m.group().replaceAll("(?s).*\\s", "").toLowerCase(Locale.ROOT);
    String value = switch (unit) {
      case "day" -> "P1D";
      case "week" -> "P1W";
      case "month" -> "P1M";
      default -> "P1Y";
    };
    return Optional.of(Resolution.of(TimexType.SET, value, ""));
  }
}
