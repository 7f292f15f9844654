package dev.parallax.time;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The words time expressions are made of: month and weekday names, number words, units, seasons,
 * parts of the day, and the regular-expression fragments built from them.
 */
final class TimeLexicon {
  private TimeLexicon() {}

  /** Capitalised month names and abbreviations (case-sensitive: "may" and "march" are verbs). */
  static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\."
      + "|Nov\\.|Dec\\.|Jan|Feb|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-zA-Z])";

  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])";

  /** A day of the month, with an optional ordinal suffix. */
  static final String DAY_NUMBER = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d])";

  /** A four-digit year 1500..2099, not part of a longer number, amount or percentage. */
  static final String YEAR = "(?<![\\d$£€.,])(?:1[5-9]\\d\\d|20\\d\\d)(?![\\d%]|,\\d|\\.\\d)";

  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

  /** A year said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand". */
  static final String YEAR_WORDS = "(?i:nineteen[\\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:[\\s-](?:" + UNITS + "))?|hundred)|two[\\s-]thousand(?:[\\s-](?:and[\\s-])?(?:" + UNITS + "|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-](?:" + UNITS + "))?))?)(?![a-z])";

  /** A year in digits or words. */
  static final String ANY_YEAR = "(?:" + YEAR + "|" + YEAR_WORDS + ")";

  /** The value of a year said in words ("nineteen ninety-six" 1996), if it is one. */
  static OptionalInt yearInWords(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).trim().replaceAll("[\\s-]+", " ");
    if (p.startsWith("nineteen ")) {
      String rest = p.substring("nineteen ".length());
      return rest.equals("hundred") ? OptionalInt.of(1900)
          : number(rest).map(n -> OptionalInt.of(1900 + n.intValue())).orElse(OptionalInt.empty());
    }
    if (p.startsWith("two thousand")) {
      String rest = p.substring("two thousand".length()).replaceFirst("^ (and )?", "").trim();
      return rest.isEmpty() ? OptionalInt.of(2000)
          : number(rest).map(n -> OptionalInt.of(2000 + n.intValue())).orElse(OptionalInt.empty());
    }
    return OptionalInt.empty();
  }

  static final String PART_OF_DAY = "(?i:morning|afternoon|evening|night|overnight)";

  private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

  /** A count: digits, number words, or vague counts ("several", "a few"). */
  static final String NUMBER = "(?i:\\d+(?:\\.\\d+)?|(?:" + TENS + ")(?:[- ](?:one|two|three|four|five|six"
      + "|seven|eight|nine))?|" + SMALL + "|a\\s+few|a\\s+couple\\s+of|a\\s+half|several|a|an|few|many"
      + "|a\\s+hundred|hundred|a\\s+dozen|dozen)(?![a-zA-Z])";

  /** A calendar unit word, singular or plural. */
  static final String UNIT = "(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?"
      + "|years?|decades?|centuries|century)(?![a-zA-Z])";

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
      Map.entry("couple", 2));

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11),
      Map.entry("twelfth", 12), Map.entry("thirteenth", 13), Map.entry("fourteenth", 14),
      Map.entry("fifteenth", 15), Map.entry("sixteenth", 16), Map.entry("seventeenth", 17),
      Map.entry("eighteenth", 18), Map.entry("nineteenth", 19), Map.entry("twentieth", 20),
      Map.entry("twenty-first", 21));

  /** Month number for a name or abbreviation ("Sept." is 9). */
  static OptionalInt month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    if (w.length() < 3) {
      return OptionalInt.empty();
    }
    Integer m = MONTHS.get(w.substring(0, 3));
    boolean known = m != null && (w.length() <= 4 || MONTH_NAMES[m - 1].startsWith(w));
    return known ? OptionalInt.of(m) : OptionalInt.empty();
  }

  private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};

  /** Day of week for a weekday name. */
  static Optional<DayOfWeek> weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (w.equals(day.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /**
   * The value of a count phrase: "seven" 7, "twenty-four" 24, "2.5" 2.5, "a" 1; empty for vague
   * counts ("several", "a few"), which TimeML writes as X.
   */
  static Optional<Double> number(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    if (p.matches("\\d+(\\.\\d+)?")) {
      return Optional.of(Double.parseDouble(p));
    }
    if (p.equals("a half")) {
      return Optional.of(0.5);
    }
    if (p.equals("a hundred")) {
      return Optional.of(100.0);
    }
    if (p.equals("a dozen")) {
      return Optional.of(12.0);
    }
    String[] parts = p.split("[- ]");
    double total = 0;
    for (String part : parts) {
      Integer n = NUMBERS.get(part);
      if (part.equals("of") || (parts.length > 1 && (part.equals("a") || part.equals("an")))) {
        continue;
      }
      if (n == null) {
        return Optional.empty();
      }
      total += n;
    }
    return Optional.of(total);
  }

  /** An ordinal word or abbreviation: "third" 3, "4th" 4. */
  static OptionalInt ordinal(String word) {
    Integer n = ORDINALS.get(word.toLowerCase(Locale.ROOT));
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** The chrono unit of a unit word ("decades" is DECADES, "fortnight" counts as 2 weeks elsewhere). */
  static Optional<ChronoUnit> unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("second")) {
      return Optional.of(ChronoUnit.SECONDS);
    }
    if (w.startsWith("minute")) {
      return Optional.of(ChronoUnit.MINUTES);
    }
    if (w.startsWith("hour")) {
      return Optional.of(ChronoUnit.HOURS);
    }
    if (w.startsWith("day")) {
      return Optional.of(ChronoUnit.DAYS);
    }
    if (w.startsWith("week") || w.startsWith("fortnight")) {
      return Optional.of(ChronoUnit.WEEKS);
    }
    if (w.startsWith("month")) {
      return Optional.of(ChronoUnit.MONTHS);
    }
    if (w.startsWith("year")) {
      return Optional.of(ChronoUnit.YEARS);
    }
    if (w.startsWith("decade")) {
      return Optional.of(ChronoUnit.DECADES);
    }
    if (w.startsWith("centur")) {
      return Optional.of(ChronoUnit.CENTURIES);
    }
    return Optional.empty();
  }

  /** The calendar granularity a unit word names; quarters are their own granularity. */
  static Optional<Granularity> granularity(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("quarter")) {
      return Optional.of(Granularity.QUARTER);
    }
    if (w.startsWith("weekend")) {
      return Optional.of(Granularity.WEEKEND);
    }
    return unit(w).flatMap(u -> switch (u) {
      case DAYS -> Optional.of(Granularity.DAY);
      case WEEKS -> Optional.of(Granularity.WEEK);
      case MONTHS -> Optional.of(Granularity.MONTH);
      case YEARS -> Optional.of(Granularity.YEAR);
      case DECADES -> Optional.of(Granularity.DECADE);
      case CENTURIES -> Optional.of(Granularity.CENTURY);
      default -> Optional.empty();
    });
  }

  /** TimeML part-of-day code: MO, AF, EV, NI. */
  static String partOfDay(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("morning")) {
      return "MO";
    }
    if (w.startsWith("afternoon")) {
      return "AF";
    }
    if (w.startsWith("evening")) {
      return "EV";
    }
    return "NI";
  }

  /**
   * A month in the middle of a season, used to stand for it: spring 4, summer 7, fall 10, winter 1
   * (so a winter belongs to the year of its January).
   */
  static OptionalInt seasonMonth(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "spring" -> OptionalInt.of(4);
      case "summer" -> OptionalInt.of(7);
      case "fall", "autumn" -> OptionalInt.of(10);
      case "winter" -> OptionalInt.of(1);
      default -> OptionalInt.empty();
    };
  }
}
