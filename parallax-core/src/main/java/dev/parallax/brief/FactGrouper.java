package dev.parallax.brief;

import dev.parallax.model.Citation;
import dev.parallax.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Groups the sentences of a story into facts: sentences of different articles whose content words
 * largely agree (cosine at least {@value #SAME_FACT}) say the same thing. Each fact counts the
 * independent outlets reporting it; its phrasing is the member closest to the others.
 */
final class FactGrouper {
  static final double SAME_FACT = 0.5;

  private FactGrouper() {}

  /**
   * The facts in a story's claim sentences ({@link StorySentences#of}), most widely reported first,
   * then in reading order; at most {@code max}, of which up to a third (or every place the
   * corroborated ones leave) go to single-source facts, taking turns by outlet.
   */
  static List<Fact> group(List<StorySentences.Item> sentences, int max) {
    List<List<StorySentences.Item>> groups = new ArrayList<>();
    for (StorySentences.Item item : sentences) {
      List<StorySentences.Item> best = null;
      double bestSimilarity = SAME_FACT;
      for (List<StorySentences.Item> g : groups) {
        if (g.stream().anyMatch(member -> member.article() == item.article())) {
          continue; // one article states a fact once
        }
        double similarity = ContentVectors.cosine(item.vector(), g.get(0).vector());
        if (similarity >= bestSimilarity) {
          best = g;
          bestSimilarity = similarity;
        }
      }
      if (best == null) {
        groups.add(new ArrayList<>(List.of(item)));
      } else {
        best.add(item);
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (List<StorySentences.Item> g : groups) {
      facts.add(fact(g));
    }
    // Stable sort: equally supported facts keep reading order.
    List<Fact> sorted = facts.stream().sorted(Comparator.comparingInt((Fact f) -> -f.outlets().size())).toList();
    List<Fact> corroborated = sorted.stream().filter(f -> !f.singleSource()).toList();
    List<Fact> single = singleSourceByOutlet(sorted.stream().filter(Fact::singleSource).toList());
    // what only one outlet says is listed even in a widely reported story: a share of the places is kept for it
    int singles = Math.min(single.size(), Math.max(max - corroborated.size(), max / SINGLE_SOURCE_SHARE));
    List<Fact> out = new ArrayList<>(corroborated.subList(0, Math.min(corroborated.size(), max - singles)));
    out.addAll(single.subList(0, singles));
    return out;
  }

  /** Places kept for single-source facts: one in this many. */
  private static final int SINGLE_SOURCE_SHARE = 3;

  /**
   * Single-source facts taking turns by outlet (each outlet's first, then each one's second, ...),
   * so that what several outlets alone report shows before a second claim of any one of them.
   */
  private static List<Fact> singleSourceByOutlet(List<Fact> single) {
    java.util.Map<String, List<Fact>> byOutlet = new java.util.LinkedHashMap<>();
    single.forEach(f -> byOutlet.computeIfAbsent(f.outlets().isEmpty() ? "" : f.outlets().get(0),
        o -> new ArrayList<>()).add(f));
    List<Fact> out = new ArrayList<>();
    for (int round = 0; out.size() < single.size(); round++) {
      for (List<Fact> of : byOutlet.values()) {
        if (round < of.size()) {
          out.add(of.get(round));
        }
      }
    }
    return out;
  }

  private static Fact fact(List<StorySentences.Item> members) {
    StorySentences.Item phrasing = members.stream()
        .max(Comparator.comparingDouble((StorySentences.Item m) -> centrality(m, members))
            .thenComparing(m -> -members.indexOf(m)))
        .orElseThrow();
    List<Citation> support = new ArrayList<>();
    support.add(citation(phrasing));
    members.stream().filter(m -> m != phrasing).forEach(m -> support.add(citation(m)));
    TreeSet<String> outlets = new TreeSet<>();
    members.forEach(m -> outlets.add(m.outlet()));
    return new Fact(phrasing.sentence().text(), support, List.copyOf(outlets));
  }

  private static double centrality(StorySentences.Item m, List<StorySentences.Item> members) {
    return members.stream().mapToDouble(o -> ContentVectors.cosine(m.vector(), o.vector())).sum();
  }

  static Citation citation(StorySentences.Item item) {
    return Summarizer.citation(item.article(), item.sentence());
  }
}
