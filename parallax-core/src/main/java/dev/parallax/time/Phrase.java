package dev.parallax.time;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a matched phrase: its month, day, year, count, unit, direction and mod. */
final class Phrase {
  private static final Pattern MONTH = Pattern.compile(TimeLexicon.MONTH);
  private static final Pattern WEEKDAY = Pattern.compile("(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final Pattern YEAR = Pattern.compile(TimeLexicon.YEAR);
  private static final Pattern YEAR_WORDS = Pattern.compile(TimeLexicon.YEAR_WORDS);
  private static final Pattern DAY = Pattern.compile("(?<![\\d])" + TimeLexicon.DAY_NUMBER);
  private static final Pattern NUMBER = Pattern.compile("(?<![a-zA-Z])" + TimeLexicon.NUMBER);
  private static final Pattern UNIT = Pattern.compile("(?<![a-zA-Z])" + TimeLexicon.UNIT);

  private final String text;
  private final String lower;

  Phrase(String text) {
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
  }

  String text() {
    return text;
  }

  OptionalInt month() {
    Matcher m = MONTH.matcher(text);
    return m.find() ? TimeLexicon.month(m.group()) : OptionalInt.empty();
  }

  /** The day of the month: the first day number after the month name, or the first at all. */
  OptionalInt day() {
    Matcher month = MONTH.matcher(text);
    Matcher m = DAY.matcher(text);
    if (month.find() && m.find(month.end())) {
      return OptionalInt.of(Integer.parseInt(m.group().replaceAll("\\D", "")));
    }
    m = DAY.matcher(text);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group().replaceAll("\\D", ""))) : OptionalInt.empty();
  }

  OptionalInt year() {
    Matcher m = YEAR.matcher(text);
    if (m.find()) {
      return OptionalInt.of(Integer.parseInt(m.group()));
    }
    Matcher words = YEAR_WORDS.matcher(text);
    return words.find() ? TimeLexicon.yearInWords(words.group()) : OptionalInt.empty();
  }

  Optional<java.time.DayOfWeek> weekday() {
    Matcher m = WEEKDAY.matcher(text);
    return m.find() ? TimeLexicon.weekday(m.group()) : Optional.empty();
  }

  /** The count phrase as written ("seven", "a few"), if any. */
  Optional<String> countWords() {
    Matcher unit = UNIT.matcher(text);
    int limit = unit.find() ? unit.start() : text.length();
    Matcher m = NUMBER.matcher(text).region(0, limit);
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    return Optional.ofNullable(last);
  }

  Optional<String> unitWord() {
    Matcher m = UNIT.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  boolean has(String regex) {
    return Pattern.compile("(?<![a-z])(?:" + regex + ")(?![a-z])").matcher(lower).find();
  }

  /** "last", "next", "this" (also "this past", "this coming", "the current", "the latest"). */
  RelativeResolver.Direction direction() {
    if (has("this past|last|past|previous|prior|preceding|latest|most recent")) {
      return RelativeResolver.Direction.LAST;
    }
    if (has("next|this coming|coming|following")) {
      return RelativeResolver.Direction.NEXT;
    }
    if (has("this|current|present")) {
      return RelativeResolver.Direction.THIS;
    }
    return RelativeResolver.Direction.NONE;
  }

  /** The TimeML mod for "early", "late", "mid", "the end of", "about" and the like. */
  String mod() {
    if (has("early|earlier|beginning of|start of|the start of|dawn of")) {
      return "START";
    }
    if (has("late|later|end of|close of|year's end|year-end|end")) {
      return "END";
    }
    if (has("mid|middle of")) {
      return "MID";
    }
    if (has("about|almost|nearly|roughly|around|some|approximately")) {
      return "APPROX";
    }
    if (has("more than|over|just over")) {
      return "MORE_THAN";
    }
    if (has("less than|under|up to|nearly")) {
      return "LESS_THAN";
    }
    if (has("at least")) {
      return "EQUAL_OR_MORE";
    }
    return "";
  }
}
