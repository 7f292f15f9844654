package dev.parallax.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in the ways news pages write them: ISO dates and date-times (with or
 * without offset; the date is taken as written, not converted to UTC, because that is the date the
 * outlet published under), "2026/03/14", "14 March 2026", "14th Mar 2026", "March 14, 2026",
 * "Mar. 14 2026". Numeric day/month orders such as "03/04/2026" are ambiguous and not read.
 */
final class DateParsing {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern SLASHED =
      Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(ISO.pattern() + "(?:T[0-9:.+\\-Z]*)?");
  /** What a date line may hold besides the date: weekday, clock time, zone, separators. */
  private static final Pattern DATE_LINE_EXTRAS =
      Pattern.compile(
          "(?i)\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
              + "|\\b(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|at|on)\\b|[,.|·•\\-–—()]");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParsing() {}

  /** The first valid date written anywhere in {@code text}, or empty. */
  static Optional<LocalDate> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Optional<LocalDate> best = Optional.empty();
    int bestStart = Integer.MAX_VALUE;
    // Each form is tried; the one written earliest in the text wins.
    for (Pattern pattern : new Pattern[] {ISO, SLASHED, DAY_MONTH_YEAR, MONTH_DAY_YEAR}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (m.start() >= bestStart) {
          break;
        }
        Optional<LocalDate> date = toDate(pattern, m);
        if (date.isPresent()) {
          best = date;
          bestStart = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-]|$)");

  /**
   * The date a URL's path holds: ".../2024/09/02/slug", ".../2024-09-02-slug", ".../20250215/slug".
   * A year and month alone (".../2024/09/slug") is no day, and the host and query are not read.
   */
  static Optional<LocalDate> fromUrl(String url) {
    String path;
    try {
      path = java.net.URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException notAUrl) {
      return Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(path);
    while (m.find()) {
      int first = m.group(1) != null ? 1 : 4;
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(first)), Integer.parseInt(m.group(first + 1)),
            Integer.parseInt(m.group(first + 2))));
      } catch (DateTimeException invalid) {
        // "/2024/13/40/": not a date, look further along the path
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} is essentially just a date (optionally with weekday and time). */
  static boolean isDateOnly(String text) {
    if (find(text).isEmpty()) {
      return false;
    }
    String rest = text;
    for (Pattern form : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE_TIME, SLASHED, DATE_LINE_EXTRAS}) {
      rest = form.matcher(rest).replaceAll(" ");
    }
    return rest.isBlank();
  }

  private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
    int year;
    int month;
    int day;
    if (pattern == ISO || pattern == SLASHED) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
    } else if (pattern == DAY_MONTH_YEAR) {
      day = Integer.parseInt(m.group(1));
      month = monthNumber(m.group(2));
      year = Integer.parseInt(m.group(3));
    } else {
      month = monthNumber(m.group(1));
      day = Integer.parseInt(m.group(2));
      year = Integer.parseInt(m.group(3));
    }
    if (year < 1900 || year > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  private static int monthNumber(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }
}
