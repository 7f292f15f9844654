package dev.parallax.brief;

import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Counted quantities in a sentence, enough to compare values across outlets: "212 homes",
 * "340 jobs", "$14 million", "$18m". Years, dates, times and numbered things ("pier 4") are not
 * quantities.
 */
final class Quantities {
  /**
   * A value and what it counts.
   *
   * @param value   the number, scaled ("$14 million" is 14,000,000)
   * @param key     what is counted: a stemmed noun ("home"), or "amount ($)" for money
   * @param label   what is counted as a reader says it ("homes", "amount ($)")
   * @param surface the value exactly as the sentence writes it ("212", "$14 million")
   */
  record Quantity(double value, String key, String label, String surface) {}

  private static final Pattern NUMBER = Pattern.compile(
      "(?<currency>[$£€])?(?<number>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
          + "(?:\\s?(?<scale>million|billion|thousand|bn|m|k)\\b)?"
          + "(?<rest>\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?");
  private static final Set<String> NOT_COUNTED = Set.of(
      "am", "pm", "a", "p", "per", "percent", "year", "years", "old", "of", "to", "and", "or", "in", "on",
      "at", "the", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  private Quantities() {}

  static List<Quantity> find(String sentence) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      if (m.start() > 0 && Character.isLetterOrDigit(sentence.charAt(m.start() - 1))) {
        continue; // part of a word or code, e.g. "A38"
      }
      if (isBound(sentence, m.start())) {
        continue; // "more than 200 homes" agrees with 212: a bound is no value to compare
      }
      double value = Double.parseDouble(m.group("number").replace(",", "")) * scale(m.group("scale"));
      String currency = m.group("currency");
      if (currency != null) {
        int end = m.group("scale") != null ? m.end("scale") : m.end("number");
        String amount = "amount (" + currency + ")";
        out.add(new Quantity(value, amount, amount, sentence.substring(m.start(), end)));
        continue;
      }
      if (m.group("scale") == null && isYear(m.group("number"))) {
        continue;
      }
      String noun = countedNoun(m.group("rest"));
      if (noun != null && !precededByOrdinalWord(sentence, m.start())) {
        out.add(new Quantity(value, new PorterStemmer().stem(noun), noun, m.group("number")));
      }
    }
    return out;
  }

  /** The noun a number counts: the next word, or the one after an adjective ("212 flooded homes"). */
  private static String countedNoun(String rest) {
    if (rest == null) {
      return null;
    }
    String[] words = rest.strip().toLowerCase(Locale.ROOT).split("\\s+");
    String word = words[0];
    if (NOT_COUNTED.contains(word) || Words.isStopword(word)) {
      return null;
    }
    if (words.length > 1 && !word.endsWith("s") && words[1].endsWith("s") && !NOT_COUNTED.contains(words[1])) {
      word = words[1];
    }
    return word.endsWith("s") || word.equals("people") ? word : null;
  }

  private static final Pattern BOUND = Pattern.compile(
      "(?i)\\b(?:more than|over|at least|up to|fewer than|less than|under|almost|nearly|as many as|as much as)\\s*$");

  private static boolean isBound(String sentence, int start) {
    return BOUND.matcher(sentence.substring(Math.max(0, start - 15), start)).find();
  }

  private static boolean isYear(String number) {
    return number.matches("(?:19|20)\\d\\d");
  }

  /** "pier 4", "Route 9", "No. 3": a label, not a count. */
  private static boolean precededByOrdinalWord(String sentence, int start) {
    String before = sentence.substring(Math.max(0, start - 12), start).strip().toLowerCase(Locale.ROOT);
    return before.matches(".*\\b(?:pier|route|no\\.|number|platform|gate|room|flight|page|section|article|chapter)$");
  }

  private static double scale(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale) {
      case "thousand", "k" -> 1e3;
      case "million", "m" -> 1e6;
      case "billion", "bn" -> 1e9;
      default -> 1;
    };
  }
}
