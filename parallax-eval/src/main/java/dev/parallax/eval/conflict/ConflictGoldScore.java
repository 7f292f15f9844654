package dev.parallax.eval.conflict;

import dev.parallax.brief.BriefingBuilder;
import dev.parallax.dedup.CopyDetector;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.ConflictValue;
import dev.parallax.model.Story;
import dev.parallax.nlp.EntityResolver;
import dev.parallax.nlp.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores the conflicts the briefings find against a {@link ConflictGold} set: each story is briefed
 * as one story (as {@code parallax brief} would, copies detected), and a found conflict is right
 * when it matches a gold conflict of the same kind not matched yet, that is, every gold value is
 * one of its values (the same words, or one inside the other as whole words: "300" in "About 300",
 * "late February" in "late February next year"; a count with the noun it counts, "4,000 litres" for
 * "About 4,000" about "litres"; or its normalised form).
 */
public final class ConflictGoldScore {
  /** Counts of one kind (or of all). */
  public record Counts(int right, int found, int gold) {
    double precision() {
      return found == 0 ? 0 : (double) right / found;
    }

    double recall() {
      return gold == 0 ? 0 : (double) right / gold;
    }

    Counts plus(Counts o) {
      return new Counts(right + o.right, found + o.found, gold + o.gold);
    }
  }

  /**
   * The scores of one run.
   *
   * @param stories stories scored
   * @param byKind  counts per conflict kind, in the order number, date, place, name, stance
   * @param errors  one line per missed gold conflict and per false conflict found
   */
  public record Report(int stories, Map<String, Counts> byKind, List<String> errors) {
    public Report {
      byKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
      errors = List.copyOf(errors);
    }

    public Counts overall() {
      return byKind.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public String format() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "%-8s %5s %5s %5s %9s %6s%n", "kind", "gold", "found", "right", "precision",
          "recall"));
      byKind.forEach((kind, c) -> s.append(row(kind, c)));
      s.append(row("overall", overall()));
      if (!errors.isEmpty()) {
        s.append("errors:\n");
        errors.forEach(e -> s.append("  ").append(e).append('\n'));
      }
      return s.toString();
    }

    private static String row(String name, Counts c) {
      return String.format(Locale.ROOT, "%-8s %5d %5d %5d %9.3f %6.3f%n", name, c.gold(), c.found(), c.right(),
          c.precision(), c.recall());
    }
  }

  private ConflictGoldScore() {}

  public static Report run(List<ConflictGold.GoldStory> stories) {
    TextAnalyzer analyzer = new TextAnalyzer();
    BriefingBuilder builder = new BriefingBuilder();
    Map<String, int[]> counts = new LinkedHashMap<>();
    List.of(Conflict.NUMBER, Conflict.DATE, Conflict.PLACE, Conflict.NAME, Conflict.STANCE)
        .forEach(k -> counts.put(k, new int[3]));
    List<String> errors = new ArrayList<>();
    for (ConflictGold.GoldStory story : stories) {
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (Article a : story.articles()) {
        analyzed.add(analyzer.analyze(a));
      }
      Story s = new Story(story.file(), analyzed, new CopyDetector().detect(analyzed));
      List<Conflict> found = builder.build(s, new EntityResolver().resolve(analyzed)).conflicts();
      List<ConflictGold.GoldConflict> unmatched = new ArrayList<>(story.conflicts());
      story.conflicts().forEach(g -> counts.get(g.kind())[2]++);
      for (Conflict c : found) {
        counts.get(c.kind())[1]++;
        ConflictGold.GoldConflict match = unmatched.stream().filter(g -> matches(c, g)).findFirst().orElse(null);
        if (match == null) {
          errors.add(story.file() + ": false " + c.kind() + " \"" + c.about() + "\": " + c.values().stream()
              .map(v -> v.value() + " " + v.outlets()).collect(Collectors.joining(" vs ")));
        } else {
          counts.get(c.kind())[0]++;
          unmatched.remove(match);
        }
      }
      unmatched.forEach(g -> errors.add(story.file() + ": missed " + g.kind() + ": " + String.join(" vs ", g.values())));
    }
    Map<String, Counts> byKind = new LinkedHashMap<>();
    counts.forEach((k, c) -> byKind.put(k, new Counts(c[0], c[1], c[2])));
    return new Report(stories.size(), byKind, errors);
  }

  /** Whether {@code found} is the gold conflict: the same kind, and every gold value among its values. */
  static boolean matches(Conflict found, ConflictGold.GoldConflict gold) {
    return found.kind().equals(gold.kind())
        && gold.values().stream().allMatch(g -> found.values().stream().anyMatch(v -> sameValue(found, v, g)));
  }

  /**
   * Whether a found value is the gold one; a count is shown without the noun it counts, which is
   * what the conflict is about ("About 4,000" about "litres" is "4,000 litres").
   */
  private static boolean sameValue(Conflict conflict, ConflictValue found, String gold) {
    String g = gold.strip().toLowerCase(Locale.ROOT);
    String v = found.value().strip().toLowerCase(Locale.ROOT);
    String withNoun = v + " " + conflict.about().toLowerCase(Locale.ROOT);
    return v.equals(g) || found.normalized().equalsIgnoreCase(g) || insideAsWords(g, v) || insideAsWords(v, g)
        || conflict.kind().equals(Conflict.NUMBER) && insideAsWords(g, withNoun);
  }

  private static boolean insideAsWords(String part, String whole) {
    return !part.isEmpty()
        && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])").matcher(whole).find();
  }
}
