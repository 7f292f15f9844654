package dev.parallax.eval.dedup;

import dev.parallax.dedup.CopyDetectionConfig;
import dev.parallax.dedup.CopyDetector;
import dev.parallax.dedup.Shingler;
import dev.parallax.eval.cluster.ClusterPool;
import dev.parallax.eval.cluster.GoldDocument;
import dev.parallax.eval.cluster.PoolExtraction;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.CopyLink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Measures {@link CopyDetector} on real articles, in two ways.
 *
 * <ol>
 *   <li><b>The copies already in the pool.</b> Every pair of documents is compared exactly (shingle
 *       Jaccard and containment); the pairs the copy rule accepts are what MinHash with LSH banding
 *       must find, so the share the detector puts in one group is its candidate recall. Links
 *       between two true stories are counted: a copy belongs to its original's story.</li>
 *   <li><b>Copies made from real articles.</b> A sample of articles with no near neighbour in the
 *       pool is reprinted by each {@link CopyVariant} (a day later, by another outlet), and each
 *       variant is run through the detector with the whole pool: found when the copy and its source
 *       end up in one group, original right when the source is the group's original, and false links
 *       when a link joins two articles of different origins.</li>
 * </ol>
 * The pool is read as {@code parallax eval cluster} reads it (DUC folders, Multi-News CSVs, topic
 * folders), through extraction but not analysis, which copy detection does not use.
 */
public final class CopyEval {
  /** A sampled source must be this dissimilar to every other document (Jaccard, containment). */
  private static final double CLEAN_JACCARD = 0.2;
  private static final double CLEAN_CONTAINMENT = 0.3;
  /** ... and at least this long, so that edits and cuts leave a shingled body. */
  private static final int CLEAN_MIN_SHINGLES = 100;
  /** Shingle size of that test, whatever the detector's, so every tuning is measured on the same sample. */
  private static final int CLEAN_SHINGLE_SIZE = 5;
  /** Pairs at or above this Jaccard that the rule rejects are reported as near misses. */
  private static final double NEAR_MISS_JACCARD = 0.3;

  /**
   * @param seed    sampling and edit seed
   * @param sources how many clean articles are reprinted per variant (at most)
   * @param config  the detector's tuning
   */
  public record Options(long seed, int sources, CopyDetectionConfig config) {
    public Options {
      if (sources < 1) {
        throw new IllegalArgumentException("sources must be positive");
      }
      java.util.Objects.requireNonNull(config, "config");
    }

    public static Options defaults() {
      return new Options(1, 200, CopyDetectionConfig.DEFAULTS);
    }
  }

  /** A pooled article and its true story. */
  record GoldArticle(Article article, String gold) {}

  private CopyEval() {
  }

  /** Pools the paths, extracts every document and measures the detector. */
  public static CopyReport run(List<Path> paths, Options options) {
    List<GoldDocument> pool = ClusterPool.load(paths);
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("No documents found in " + paths);
    }
    PoolExtraction<GoldArticle> extracted = PoolExtraction.of(pool, (doc, article) -> new GoldArticle(article, doc.gold()));
    return evaluate(paths.stream().map(Path::toString).toList(), extracted.documents(), extracted.failures(), options);
  }

  static CopyReport evaluate(List<String> paths, List<GoldArticle> articles, List<String> failures, Options options) {
    CopyDetectionConfig config = options.config();
    Shingler shingler = new Shingler(config.shingleSize());
    List<long[]> shingles = articles.stream().map(a -> shingler.shingles(Shingler.normalise(a.article().body()))).toList();
    CopyReport.Natural natural = natural(articles, shingles, config);
    Shingler sampling = new Shingler(CLEAN_SHINGLE_SIZE);
    List<Integer> clean = cleanSources(config.shingleSize() == CLEAN_SHINGLE_SIZE ? shingles
        : articles.stream().map(a -> sampling.shingles(Shingler.normalise(a.article().body()))).toList());
    Collections.shuffle(clean, new Random(options.seed()));
    List<Integer> sampled = clean.subList(0, Math.min(options.sources(), clean.size()));
    List<CopyReport.VariantRow> rows = new ArrayList<>();
    long longestMillis = 0;
    for (CopyVariant variant : CopyVariant.standard()) {
      Measured m = derived(articles, shingles, sampled, variant, new Random(options.seed() * 31 + rows.size()), config);
      rows.add(m.row());
      longestMillis = Math.max(longestMillis, m.millis());
    }
    int largestPool = articles.size() + sampled.size();
    return new CopyReport(paths, articles.size(), failures, natural, clean.size(), sampled.size(), options.seed(),
        rows, largestPool, longestMillis);
  }

  /** The pool's own copies: what the rule accepts by exact comparison, and what the detector links. */
  private static CopyReport.Natural natural(List<GoldArticle> articles, List<long[]> shingles, CopyDetectionConfig config) {
    List<CopyLink> links = new CopyDetector(config).detect(wrap(articles.stream().map(GoldArticle::article).toList()));
    Map<String, String> root = roots(links);
    Map<String, String> gold = new HashMap<>();
    articles.forEach(a -> gold.put(a.article().id(), a.gold()));
    int rulePairs = 0;
    int foundPairs = 0;
    int nearMisses = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        long[] a = shingles.get(i);
        long[] b = shingles.get(j);
        if (a.length < config.minShingles() || b.length < config.minShingles()) {
          continue;
        }
        Shingler.Overlap overlap = Shingler.overlap(a, b);
        if (overlap.jaccard() >= config.jaccardThreshold() || overlap.containment() >= config.containmentThreshold()) {
          rulePairs++;
          String x = articles.get(i).article().id();
          String y = articles.get(j).article().id();
          if (root.getOrDefault(x, x).equals(root.getOrDefault(y, y))) {
            foundPairs++;
          }
        } else if (overlap.jaccard() >= NEAR_MISS_JACCARD) {
          nearMisses++;
        }
      }
    }
    int acrossStories = (int) links.stream().filter(l -> !gold.get(l.copyId()).equals(gold.get(l.originalId()))).count();
    Set<String> originals = new HashSet<>();
    links.forEach(l -> originals.add(l.originalId()));
    double meanSimilarity = links.stream().mapToDouble(CopyLink::similarity).average().orElse(0);
    return new CopyReport.Natural(links.size(), originals.size(), rulePairs, foundPairs, nearMisses, acrossStories,
        meanSimilarity);
  }

  /** Indexes of articles long enough to edit and with no near neighbour in the pool. */
  private static List<Integer> cleanSources(List<long[]> shingles) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < shingles.size(); i++) {
      long[] a = shingles.get(i);
      if (a.length < CLEAN_MIN_SHINGLES) {
        continue;
      }
      boolean clean = true;
      for (int j = 0; j < shingles.size() && clean; j++) {
        long[] b = shingles.get(j);
        if (j == i || b.length == 0) {
          continue;
        }
        Shingler.Overlap overlap = Shingler.overlap(a, b);
        clean = overlap.jaccard() < CLEAN_JACCARD && overlap.containment() < CLEAN_CONTAINMENT;
      }
      if (clean) {
        out.add(i);
      }
    }
    return out;
  }

  private record Measured(CopyReport.VariantRow row, long millis) {}

  /** Reprints each sampled source with {@code variant}, runs the detector on the pool plus the copies. */
  private static Measured derived(List<GoldArticle> articles, List<long[]> shingles, List<Integer> sampled,
      CopyVariant variant, Random random, CopyDetectionConfig config) {
    Shingler shingler = new Shingler(config.shingleSize());
    List<Article> pool = new ArrayList<>(articles.stream().map(GoldArticle::article).toList());
    Map<String, String> originOf = new HashMap<>();
    Map<Integer, String> copyOf = new HashMap<>();
    double jaccardSum = 0;
    double containmentSum = 0;
    for (int index : sampled) {
      Article source = articles.get(index).article();
      Article donor = donor(articles, sampled, index, random);
      Article copy = variant.apply(source, donor, random);
      pool.add(copy);
      originOf.put(source.id(), source.id());
      originOf.put(copy.id(), source.id());
      copyOf.put(index, copy.id());
      Shingler.Overlap overlap = Shingler.overlap(shingler.shingles(Shingler.normalise(copy.body())), shingles.get(index));
      jaccardSum += overlap.jaccard();
      containmentSum += overlap.containment();
    }
    long start = System.nanoTime();
    List<CopyLink> links = new CopyDetector(config).detect(wrap(pool));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, String> root = roots(links);
    int found = 0;
    int originalRight = 0;
    int dated = 0;
    for (int index : sampled) {
      Article source = articles.get(index).article();
      String copyId = copyOf.get(index);
      String copyRoot = root.getOrDefault(copyId, copyId);
      if (copyRoot.equals(root.getOrDefault(source.id(), source.id()))) {
        found++;
      }
      if (source.published().isPresent()) {
        dated++;
        if (copyRoot.equals(source.id())) {
          originalRight++;
        }
      }
    }
    int falseLinks = 0;
    for (CopyLink link : links) {
      String a = originOf.get(link.copyId());
      String b = originOf.get(link.originalId());
      if ((a != null || b != null) && !java.util.Objects.equals(a, b)) {
        falseLinks++;
      }
    }
    int n = sampled.size();
    return new Measured(new CopyReport.VariantRow(variant.name(), n, jaccardSum / Math.max(1, n),
        containmentSum / Math.max(1, n), found, dated, originalRight, falseLinks), millis);
  }

  /** Another sampled article of another story (any other sampled article when all share one). */
  private static Article donor(List<GoldArticle> articles, List<Integer> sampled, int index, Random random) {
    String gold = articles.get(index).gold();
    List<Integer> others = sampled.stream().filter(i -> i != index && !articles.get(i).gold().equals(gold)).toList();
    if (others.isEmpty()) {
      others = sampled.stream().filter(i -> i != index).toList();
    }
    return others.isEmpty() ? articles.get(index).article() : articles.get(others.get(random.nextInt(others.size()))).article();
  }

  /** Each linked article to its group's original; an article with no link is its own. */
  private static Map<String, String> roots(List<CopyLink> links) {
    Map<String, String> root = new HashMap<>();
    for (CopyLink link : links) {
      root.put(link.copyId(), link.originalId());
    }
    return root;
  }

  /** Copy detection reads only the article; the analysis parts are left empty. */
  private static List<AnalyzedArticle> wrap(List<Article> articles) {
    return articles.stream()
        .map(a -> new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty()))
        .toList();
  }
}
