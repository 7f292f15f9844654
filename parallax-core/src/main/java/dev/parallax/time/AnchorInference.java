package dev.parallax.time;

import static dev.parallax.time.TimeLexicon.DAY_NUMBER;
import static dev.parallax.time.TimeLexicon.MONTH;
import static dev.parallax.time.TimeLexicon.WEEKDAY;
import static dev.parallax.time.TimeLexicon.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses when an undated article was written from the dates it mentions. The article's "now" is at
 * or just after the latest day it reports on, so the guess is the latest fully written date in a
 * sentence that is not about the future. A weekday written with the date ("Tuesday, March 10")
 * confirms it and, without a year, fixes the year (March 10 is a Tuesday only in some years).
 * A date labelled "Published" (or "Updated", "Posted", "Dated") beats all of these. Confidence falls
 * from a labelled or checked dateline (0.9) to a bare month and year (0.3) or year (0.1).
 */
final class AnchorInference {
  private static final Pattern FULL = Pattern.compile(
      "(?:(" + WEEKDAY + "),?\\s+)?(?:" + MONTH + "\\s+" + DAY_NUMBER + "|" + DAY_NUMBER + "\\s+(?:of\\s+)?" + MONTH + ")"
          + "(?:,?\\s+(" + YEAR + "))?");
  private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "(?:\\s+of)?,?\\s+" + YEAR);
  private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
  /** A label that says the next date is the page's own: "Published", "Updated", "Posted". */
  private static final Pattern LABEL = Pattern.compile(
      "(?i)\\b(published|posted|updated|last\\s+modified|dated|first\\s+published)\\b[^.\\n]{0,40}$");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d$])(?:19[5-9]\\d|20\\d\\d)(?![\\d%])");

  private record Clue(LocalDate date, double confidence, String text, boolean future, String label) {}

  /** The inferred publication date, or empty when the text has no usable date. */
  Optional<InferredDate> infer(String text) {
    List<Clue> clues = new ArrayList<>();
    OptionalInt latestYear = latestYear(text);
    Matcher m = FULL.matcher(text);
    while (m.find()) {
      Phrase p = new Phrase(m.group());
      OptionalInt month = p.month();
      OptionalInt day = p.day();
      if (month.isEmpty() || day.isEmpty()) {
        continue;
      }
      Optional<DayOfWeek> weekday = p.weekday();
      OptionalInt year = p.year();
      LocalDate date;
      double confidence;
      if (year.isPresent()) {
        date = RelativeResolver.safeDate(year.getAsInt(), month.getAsInt(), day.getAsInt());
        boolean checked = date != null && weekday.isPresent() && date.getDayOfWeek() == weekday.get();
        confidence = checked ? 0.9 : weekday.isPresent() ? 0.5 : 0.7;
      } else if (weekday.isPresent() && latestYear.isPresent()) {
        date = yearForWeekday(latestYear.getAsInt(), month.getAsInt(), day.getAsInt(), weekday.get());
        confidence = 0.6;
      } else if (latestYear.isPresent()) {
        date = RelativeResolver.safeDate(latestYear.getAsInt(), month.getAsInt(), day.getAsInt());
        confidence = 0.4;
      } else {
        continue;
      }
      if (date != null) {
        clues.add(clue(text, m, date, confidence));
      }
    }
    Matcher iso = ISO.matcher(text);
    while (iso.find()) {
      LocalDate date = RelativeResolver.safeDate(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          Integer.parseInt(iso.group(3)));
      if (date != null) {
        clues.add(clue(text, iso, date, 0.75));
      }
    }
    Matcher slash = SLASH.matcher(text);
    while (slash.find()) {
      int first = Integer.parseInt(slash.group(1));
      int second = Integer.parseInt(slash.group(2));
      int year = Integer.parseInt(slash.group(3));
      LocalDate date = first > 12 ? RelativeResolver.safeDate(year, second, first)
          : RelativeResolver.safeDate(year, first, second);
      if (date != null) {
        clues.add(clue(text, slash, date, 0.6));
      }
    }
    Optional<Clue> labelled = clues.stream().filter(c -> !c.label().isEmpty())
        .min(Comparator.comparingInt((Clue c) -> c.label().startsWith("updated") || c.label().startsWith("last") ? 1 : 0)
            .thenComparing(Clue::date));
    if (labelled.isPresent()) {
      Clue best = labelled.get();
      return Optional.of(new InferredDate(best.date(), Math.max(best.confidence(), 0.9),
          "date labelled \"" + best.label() + "\": \"" + best.text() + "\""));
    }
    if (clues.isEmpty()) {
      Matcher my = MONTH_YEAR.matcher(text);
      while (my.find()) {
        Phrase p = new Phrase(my.group());
        clues.add(clue(text, my, LocalDate.of(p.year().getAsInt(), p.month().getAsInt(), 1), 0.3));
      }
    }
    if (clues.isEmpty() && latestYear.isPresent()) {
      return Optional.of(new InferredDate(LocalDate.of(latestYear.getAsInt(), 1, 1), 0.1,
          "only a year is mentioned: " + latestYear.getAsInt()));
    }
    List<Clue> current = clues.stream().filter(c -> !c.future()).toList();
    List<Clue> pool = current.isEmpty() ? clues : current;
    return pool.stream()
        .max(Comparator.comparing(Clue::date).thenComparingDouble(Clue::confidence))
        .map(best -> new InferredDate(best.date(), support(best, pool),
            "latest date mentioned" + (best.future() ? "" : " outside future-tense sentences") + ": \"" + best.text() + "\""));
  }

  /** A clue repeated elsewhere in the text is surer. */
  private static double support(Clue best, List<Clue> pool) {
    long same = pool.stream().filter(c -> c.date().equals(best.date())).count();
    return Math.min(0.95, best.confidence() + (same > 1 ? 0.05 : 0));
  }

  private static Clue clue(String text, Matcher m, LocalDate date, double confidence) {
    Matcher label = LABEL.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
    String name = label.find() ? label.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : "";
    return new Clue(date, confidence, m.group(), isFuture(text, m), name);
  }

  private static boolean isFuture(String text, Matcher m) {
    return TenseDetector.tenseAt(text, m.start(), m.end()) == Tense.FUTURE;
  }

  private static OptionalInt latestYear(String text) {
    Matcher m = BARE_YEAR.matcher(text);
    int best = -1;
    while (m.find()) {
      best = Math.max(best, Integer.parseInt(m.group()));
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The year nearest to {@code around} (looking back first) in which the day falls on the weekday. */
  private static LocalDate yearForWeekday(int around, int month, int day, DayOfWeek weekday) {
    for (int delta = 0; delta <= 6; delta++) {
      for (int year : new int[] {around + delta, around - delta}) {
        LocalDate date = RelativeResolver.safeDate(year, month, day);
        if (date != null && date.getDayOfWeek() == weekday) {
          return date;
        }
      }
    }
    return RelativeResolver.safeDate(around, month, day);
  }
}
