package dev.parallax.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves a compressed sentence against its source span: its words, numbers and names are the span's,
 * in the same order, with only whole words left out, and none of the words left out can turn the
 * meaning round (a negation) or change a figure (a number). Only the first word may differ, and only
 * in case (a capital after a dropped "But"). Punctuation is not compared.
 */
final class CompressedText {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*");
  private static final Set<String> NEGATIONS = Set.of(
      "not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "without", "cannot",
      "n't", "didn't", "don't", "doesn't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "can't",
      "couldn't", "shouldn't", "hasn't", "haven't", "hadn't");

  private CompressedText() {}

  /** Why {@code text} is not {@code source} with words left out, or empty when it is. */
  static Optional<String> problem(String text, String source) {
    List<String> summary = words(text);
    List<String> span = words(source);
    if (summary.isEmpty()) {
      return Optional.of("no words");
    }
    int j = 0;
    for (int i = 0; i < summary.size(); i++) {
      String w = summary.get(i);
      int from = j;
      while (j < span.size() && !same(w, span.get(j), i == 0)) {
        j++;
      }
      if (j == span.size()) {
        return Optional.of("\"" + w + "\" is not in the source sentence (in this order)");
      }
      Optional<String> dropped = droppedMeaning(span.subList(from, j));
      if (dropped.isPresent()) {
        return dropped;
      }
      j++;
    }
    return droppedMeaning(span.subList(j, span.size()));
  }

  private static boolean same(String summaryWord, String sourceWord, boolean first) {
    return first ? summaryWord.equalsIgnoreCase(sourceWord) : summaryWord.equals(sourceWord);
  }

  private static Optional<String> droppedMeaning(List<String> dropped) {
    for (String w : dropped) {
      String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
        return Optional.of("leaves out the negation \"" + w + "\"");
      }
      if (w.chars().anyMatch(Character::isDigit)) {
        return Optional.of("leaves out the number \"" + w + "\"");
      }
    }
    return Optional.empty();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
