package dev.parallax.brief;

import dev.parallax.text.Words;
import java.util.HashMap;
import java.util.Map;

/** Content-word stem counts of sentences, and their cosine: how far two sentences say the same. */
final class ContentVectors {
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
}
