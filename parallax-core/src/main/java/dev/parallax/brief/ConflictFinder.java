package dev.parallax.brief;

import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds quantities the outlets of a story disagree on: sentences of different outlets that count
 * the same thing ("homes", "amount ($)"), in similar words (cosine at least {@value #SAME_CONTEXT}),
 * with values that differ but stay within a factor of {@value #MAX_RATIO} (212 homes against 190;
 * not 212 flooded homes against 62,000 homes without power, which count different things).
 */
final class ConflictFinder {
  static final double SAME_CONTEXT = 0.3;
  static final double MAX_RATIO = 2.0;

  private record Mention(StorySentences.Item item, Quantities.Quantity quantity) {}

  private ConflictFinder() {}

  static List<Conflict> find(List<StorySentences.Item> sentences) {
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    for (StorySentences.Item item : sentences) {
      for (Quantities.Quantity q : Quantities.find(item.sentence().text())) {
        byKey.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(new Mention(item, q));
      }
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (List<Mention> mentions : byKey.values()) {
      disagreement(mentions).ifPresent(conflicts::add);
    }
    return conflicts;
  }

  /** The values of {@code mentions} that some other outlet contradicts, grouped by value. */
  private static java.util.Optional<Conflict> disagreement(List<Mention> mentions) {
    Map<Double, List<Mention>> byValue = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      for (int j = i + 1; j < mentions.size(); j++) {
        Mention a = mentions.get(i);
        Mention b = mentions.get(j);
        if (contradict(a, b)) {
          byValue.computeIfAbsent(a.quantity().value(), v -> new ArrayList<>()).add(a);
          byValue.computeIfAbsent(b.quantity().value(), v -> new ArrayList<>()).add(b);
        }
      }
    }
    if (byValue.size() < 2) {
      return java.util.Optional.empty();
    }
    List<ConflictValue> values = new ArrayList<>();
    for (List<Mention> side : byValue.values()) {
      Mention first = side.get(0);
      TreeSet<String> outlets = new TreeSet<>();
      side.forEach(m -> outlets.add(m.item().outlet()));
      values.add(new ConflictValue(first.quantity().surface(), first.item().sentence().text(),
          FactGrouper.citation(first.item()), List.copyOf(outlets)));
    }
    return java.util.Optional.of(new Conflict(mentions.get(0).quantity().label(), values));
  }

  private static boolean contradict(Mention a, Mention b) {
    double x = a.quantity().value();
    double y = b.quantity().value();
    if (a.item().outlet().equals(b.item().outlet()) || x == y || x <= 0 || y <= 0) {
      return false;
    }
    double ratio = Math.max(x, y) / Math.min(x, y);
    return ratio <= MAX_RATIO && ContentVectors.cosine(a.item().vector(), b.item().vector()) >= SAME_CONTEXT;
  }
}
