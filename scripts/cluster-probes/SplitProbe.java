package dev.parallax.cluster;

import dev.parallax.eval.cluster.*;
import dev.parallax.model.AnalyzedArticle;
import java.nio.file.*;
import java.util.*;

/** Throw-away: would splitting found stories in two (average link inside the story) help? */
public class SplitProbe {
  /** A file of the shared data folder: {@code -Ddata=DIR}, else ../shared/data from the repository root. */
  static Path data(String file) {
    return Path.of(System.getProperty("data", "../shared/data"), file);
  }

  public static void main(String[] args) {
    List<Path> paths = System.getProperty("pool", "hidden").equals("three")
        ? List.of(data("duc2003"), data("duc2004"), data("multinews/sample.csv"))
        : List.of(data("duc2004"), data("multinews/sample.csv"));
    List<GoldDocument> pool = new ArrayList<>(ClusterPool.load(paths));
    var analyzed = ClusteringEval.analyze(pool);
    Map<String, ClusteringEval.AnalyzedDocument> byId = new HashMap<>();
    for (var d : analyzed.documents()) byId.put(d.gold().id(), d);
    PairSimilarity pair = new PairSimilarity(analyzed.documents().stream().map(ClusteringEval.AnalyzedDocument::analyzed).toList());
    double[] ts = Arrays.stream(args).mapToDouble(Double::parseDouble).toArray();
    double[] sums = new double[ts.length + 1];
    int runs = 0;
    for (int seed = 1; seed <= 4; seed++) {
      List<GoldDocument> shuffled = new ArrayList<>(pool);
      Collections.shuffle(shuffled, new Random(seed));
      List<ClusteringEval.AnalyzedDocument> docs = new ArrayList<>();
      for (var g : shuffled) { var d = byId.get(g.id()); if (d != null) docs.add(d); }
      for (ArrivalOrder o : ArrivalOrder.values()) {
        SystemResult r = ClusteringEval.clusterInOrder(docs, o, ClusteringConfig.DEFAULTS, false, !Boolean.getBoolean("noreconcile"));
        Map<String, String> gold = new HashMap<>(), found = new HashMap<>();
        Map<String, List<String>> stories = new LinkedHashMap<>();
        for (Assignment a : r.assignments()) { gold.put(a.doc(), a.gold()); found.put(a.doc(), a.story());
          stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a.doc()); }
        sums[0] += ClusteringScores.of(gold, found).bcubedF1();
        boolean show = seed == 1 && o == ArrivalOrder.RANDOM;
        // each story's best two-way split and the link between its halves, computed once for every threshold
        Map<String, List<List<String>>> splits = new LinkedHashMap<>();
        Map<String, Double> links = new HashMap<>();
        for (var s : stories.entrySet()) {
          if (s.getValue().size() < 4) continue;
          List<List<String>> two = averageLinkTwo(s.getValue(), byId, pair);
          Map<String, Integer> mix = new TreeMap<>(); for (String d : s.getValue()) mix.merge(gold.get(d), 1, Integer::sum);
          if (two == null) { if (show) System.out.println("story " + s.getKey() + " " + mix + " no split"); continue; }
          splits.put(s.getKey(), two);
          links.put(s.getKey(), link(two.get(0), two.get(1), byId, pair));
          if (!show) continue;
          Map<String, Integer> a = new TreeMap<>(), b = new TreeMap<>();
          for (String d : two.get(0)) a.merge(gold.get(d), 1, Integer::sum);
          for (String d : two.get(1)) b.merge(gold.get(d), 1, Integer::sum);
          System.out.printf("story %s link %.3f whole-link %.3f %s -> %s + %s%n", s.getKey(), links.get(s.getKey()), link(s.getValue(), s.getValue(), byId, pair), mix, a, b);
        }
        for (int t = 0; t < ts.length; t++) {
          Map<String, String> split = new HashMap<>(found);
          for (var s : splits.entrySet()) {
            if (links.get(s.getKey()) < ts[t]) {
              for (String d : s.getValue().get(1)) split.put(d, s.getKey() + "/b");
            }
          }
          sums[t + 1] += ClusteringScores.of(gold, split).bcubedF1();
        }
        runs++;
      }
    }
    System.out.printf("none %.4f%n", sums[0] / runs);
    for (int t = 0; t < ts.length; t++) System.out.printf("split below %.3f: %.4f%n", ts[t], sums[t + 1] / runs);
  }

  static double link(List<String> a, List<String> b, Map<String, ClusteringEval.AnalyzedDocument> byId, PairSimilarity pair) {
    double s = 0;
    for (String x : a) for (String y : b) s += pair.rawScore(byId.get(x).analyzed(), byId.get(y).analyzed());
    return s / (a.size() * b.size());
  }

  /** Average-link agglomeration down to two groups (the smaller second). */
  static List<List<String>> averageLinkTwo(List<String> ids, Map<String, ClusteringEval.AnalyzedDocument> byId, PairSimilarity pair) {
    int n = ids.size();
    double[][] sim = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++)
      sim[i][j] = sim[j][i] = pair.rawScore(byId.get(ids.get(i)).analyzed(), byId.get(ids.get(j)).analyzed());
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) groups.add(new ArrayList<>(List.of(i)));
    while (groups.size() > 2) {
      double best = -1; int bi = 0, bj = 1;
      for (int i = 0; i < groups.size(); i++) for (int j = i + 1; j < groups.size(); j++) {
        double s = 0; for (int x : groups.get(i)) for (int y : groups.get(j)) s += sim[x][y];
        s /= groups.get(i).size() * groups.get(j).size();
        if (s > best) { best = s; bi = i; bj = j; }
      }
      groups.get(bi).addAll(groups.remove(bj));
    }
    groups.sort(Comparator.comparingInt(g -> -g.size()));
    if (groups.get(1).size() < 2) return null; // splitting off one outlier is a different question
    List<List<String>> out = new ArrayList<>();
    for (var g : groups) { List<String> l = new ArrayList<>(); for (int i : g) l.add(ids.get(i)); out.add(l); }
    return out;
  }
}
