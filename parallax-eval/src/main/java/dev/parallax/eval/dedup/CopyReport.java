package dev.parallax.eval.dedup;

import java.util.List;
import java.util.Locale;

/**
 * What {@link CopyEval} measured.
 *
 * @param paths         the pooled folders and files
 * @param documents     documents extracted
 * @param failures      documents extraction rejected, with the reason
 * @param natural       the pool's own copies
 * @param cleanSources  articles with no near neighbour in the pool, long enough to reprint
 * @param sampled       how many of them each variant reprints
 * @param seed          sampling and edit seed
 * @param variants      one row per {@link CopyVariant}
 * @param largestPool   documents in each detector run of the derived copies (pool plus copies)
 * @param longestMillis the slowest of those runs, wall milliseconds
 */
public record CopyReport(List<String> paths, int documents, List<String> failures, Natural natural,
    int cleanSources, int sampled, long seed, List<VariantRow> variants, int largestPool, long longestMillis) {

  public CopyReport {
    paths = List.copyOf(paths);
    failures = List.copyOf(failures);
    variants = List.copyOf(variants);
  }

  /**
   * The pool's own copies.
   *
   * @param links          copy links the detector made
   * @param groups         their originals (one per group of copies)
   * @param rulePairs      pairs the copy rule accepts on exact shingle sets (all pairs compared)
   * @param foundPairs     of those, pairs the detector put in one group
   * @param nearMisses     pairs with Jaccard of at least 0.3 that the rule rejects
   * @param acrossStories  links whose copy and original belong to different true stories
   * @param meanSimilarity mean Jaccard of the links
   */
  public record Natural(int links, int groups, int rulePairs, int foundPairs, int nearMisses, int acrossStories,
      double meanSimilarity) {
    /** Share of the rule's pairs the LSH candidates and verification found (1 when there are none). */
    public double candidateRecall() {
      return rulePairs == 0 ? 1 : (double) foundPairs / rulePairs;
    }
  }

  /**
   * One kind of derived copy.
   *
   * @param variant         its name
   * @param copies          copies made (one per sampled source)
   * @param meanJaccard     mean shingle Jaccard of a copy with its source
   * @param meanContainment mean shingle containment (shared over the smaller set)
   * @param found           copies grouped with their source
   * @param dated           copies whose source is dated (the source, a day earlier, must be the original)
   * @param originalRight   of those, copies whose group's original is their source
   * @param falseLinks      links between articles of different origins
   */
  public record VariantRow(String variant, int copies, double meanJaccard, double meanContainment, int found,
      int dated, int originalRight, int falseLinks) {
    public double recall() {
      return copies == 0 ? 0 : (double) found / copies;
    }
  }

  /** A plain-text report. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append("Copy detection on ").append(documents).append(" documents from ").append(String.join(", ", paths));
    out.append(" (").append(failures.size()).append(" rejected by extraction)\n\n");
    out.append("Copies already in the pool (every pair compared exactly):\n");
    out.append(String.format(Locale.ROOT, "  detector: %d links in %d groups, mean Jaccard %.3f%n",
        natural.links(), natural.groups(), natural.meanSimilarity()));
    out.append(String.format(Locale.ROOT,
        "  pairs the copy rule accepts: %d; grouped by the detector: %d (candidate recall %.4f)%n",
        natural.rulePairs(), natural.foundPairs(), natural.candidateRecall()));
    out.append(String.format(Locale.ROOT, "  links across true stories: %d; near misses (Jaccard >= 0.3, rejected): %d%n%n",
        natural.acrossStories(), natural.nearMisses()));
    out.append(String.format(Locale.ROOT,
        "Copies made from %d of the %d articles with no near neighbour (seed %d), each run with the whole pool:%n",
        sampled, cleanSources, seed));
    out.append(String.format(Locale.ROOT, "  %-30s %8s %11s %8s %9s %11s%n",
        "variant", "Jaccard", "containment", "found", "recall", "original"));
    for (VariantRow row : variants) {
      out.append(String.format(Locale.ROOT, "  %-30s %8.3f %11.3f %4d/%-4d %8.4f %5d/%-5d%s%n",
          row.variant(), row.meanJaccard(), row.meanContainment(), row.found(), row.copies(), row.recall(),
          row.originalRight(), row.dated(), row.falseLinks() == 0 ? "" : "  false links: " + row.falseLinks()));
    }
    int falseLinks = variants.stream().mapToInt(VariantRow::falseLinks).sum();
    out.append(String.format(Locale.ROOT, "  false links over all variants: %d%n", falseLinks));
    out.append(String.format(Locale.ROOT, "  slowest detector run: %d documents in %d ms%n", largestPool, longestMillis));
    return out.toString();
  }
}
