package dev.parallax.brief;

import dev.parallax.text.Words;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/** Content-word stem counts of sentences, and their cosine: how far two sentences say the same. */
final class ContentVectors {
  /** Fewer distinct words than this in the shorter sentence make the overlap too coarse to judge. */
  private static final int MIN_OVERLAP_WORDS = 5;
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private ContentVectors() {}

  static Map<String, Integer> of(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String stem : Words.contentStems(text)) {
      if (!stem.chars().allMatch(Character::isDigit)) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** {@code vector} without the stems of {@code words}: a sentence's content once a name is left out. */
  static Map<String, Integer> without(Map<String, Integer> vector, String words, PorterStemmer stemmer) {
    Map<String, Integer> rest = new HashMap<>(vector);
    Words.tokens(words).forEach(w -> rest.remove(stemmer.stem(w)));
    return rest;
  }

  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0);
    }
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static double norm(Map<String, Integer> v) {
    double sum = 0;
    for (int x : v.values()) {
      sum += (double) x * x;
    }
    return Math.sqrt(sum);
  }

  /**
   * The share of the shorter sentence's distinct content stems and numbers that the other holds too
   * (numbers read from the digits, so "6 a.m." and "6am" share the 6); 0 when the shorter one has
   * fewer than {@value #MIN_OVERLAP_WORDS}. Unlike the cosine it does not fall when one sentence adds
   * details to the other's words.
   */
  static double overlap(String a, String b) {
    return overlap(stemsAndNumbers(a), stemsAndNumbers(b));
  }

  /** As {@link #overlap(String, String)}, on sets {@link #stemsAndNumbers} made once per sentence. */
  static double overlap(Set<String> x, Set<String> y) {
    int smaller = Math.min(x.size(), y.size());
    if (smaller < MIN_OVERLAP_WORDS) {
      return 0;
    }
    Set<String> shared = new HashSet<>(x);
    shared.retainAll(y);
    return (double) shared.size() / smaller;
  }

  /** The distinct content stems (without digits) and the numbers of {@code text}, for {@link #overlap}. */
  static Set<String> stemsAndNumbers(String text) {
    Set<String> out = new HashSet<>();
    for (String stem : Words.contentStems(text)) {
      if (stem.chars().noneMatch(Character::isDigit)) {
        out.add(stem);
      }
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add("#" + m.group());
    }
    return out;
  }
}
