import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.eval.cluster.*;
import java.nio.file.*;
import java.util.*;

public class Sweep {
  /** A file of the shared data folder: {@code -Ddata=DIR}, else ../shared/data from the repository root. */
  static Path data(String file) {
    return Path.of(System.getProperty("data", "../shared/data"), file);
  }

  static void dump(SystemResult r, Map<String, ClusteringEval.AnalyzedDocument> byId) {
    Map<String, Map<String, List<String>>> byGold = new TreeMap<>();
    Map<String, Map<String, Integer>> byFound = new TreeMap<>();
    for (Assignment a : r.assignments()) {
      byGold.computeIfAbsent(a.gold(), k -> new TreeMap<>()).computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a.doc());
      byFound.computeIfAbsent(a.story(), k -> new TreeMap<>()).merge(a.gold(), 1, Integer::sum);
    }
    int n = r.assignments().size();
    System.out.println("== SPLITS (recall loss per gold)");
    for (var g : byGold.entrySet()) {
      int size = g.getValue().values().stream().mapToInt(List::size).sum();
      if (g.getValue().size() < 2) continue;
      double loss = 0;
      for (var part : g.getValue().values()) loss += part.size() * (1 - (double) part.size() / size);
      System.out.printf(Locale.ROOT, "%.4f %s %d:", loss / n, g.getKey(), size);
      for (var part : g.getValue().entrySet()) {
        System.out.print(" [" + part.getKey() + " x" + part.getValue().size() + " mix=" + byFound.get(part.getKey()) + "]");
      }
      System.out.println();
      for (var part : g.getValue().entrySet()) for (String d : part.getValue()) {
        var ad = byId.get(d); if (ad == null) continue;
        String t = ad.analyzed().article().title(); String b = ad.analyzed().article().body();
        System.out.println("     " + part.getKey() + " " + d + " | " + t + " | " + b.substring(0, Math.min(140, b.length())).replace('\n', ' '));
      }
    }
    System.out.println("== MIXES (precision loss per found)");
    for (var f : byFound.entrySet()) {
      if (f.getValue().size() < 2) continue;
      int size = f.getValue().values().stream().mapToInt(Integer::intValue).sum();
      double loss = 0;
      for (int c : f.getValue().values()) loss += c * (1 - (double) c / size);
      System.out.printf(Locale.ROOT, "%.4f %s %s%n", loss / n, f.getKey(), f.getValue());
    }
  }

  public static void main(String[] args) throws Exception {
    // args: pool (sub, hidden or three), number of seeds, then tunings ("d" or nine comma-separated numbers)
    String poolName = args[0];
    List<Path> paths = poolName.equals("hidden")
        ? List.of(data("duc2004"), data("multinews/sample.csv"))
        : List.of(data("duc2003"), data("duc2004"), data("multinews/sample.csv"));
    List<GoldDocument> pool = ClusterPool.load(paths);
    ClusteringEval.AnalyzedPool analyzed = ClusteringEval.analyze(pool);
    Map<String, ClusteringEval.AnalyzedDocument> byId = new HashMap<>();
    for (var d : analyzed.documents()) byId.put(d.gold().id(), d);
    int seeds = Integer.parseInt(args[1]);
    for (int c = 2; c < args.length; c++) {
      String[] p = args[c].split(",");
      ClusteringConfig cfg = p.length == 1 ? ClusteringConfig.DEFAULTS : new ClusteringConfig(
          Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]),
          Double.parseDouble(p[4]), Double.parseDouble(p[5]), Double.parseDouble(p[6]), Integer.parseInt(p[7]), Integer.parseInt(p[8]));
      double sum = 0; int n = 0; StringBuilder sb = new StringBuilder();
      int firstSeed = Integer.getInteger("firstseed", 1); // -Dfirstseed=K: seeds K .. K + seeds - 1
      for (int seed = firstSeed; seed < firstSeed + seeds; seed++) {
        List<GoldDocument> shuffled = new ArrayList<>(pool);
        if (poolName.equals("sub")) {
          List<String> duc = new ArrayList<>(new TreeSet<>(pool.stream().map(GoldDocument::gold).filter(g -> !g.startsWith("multinews")).toList()));
          Collections.shuffle(duc, new Random(100 + seed));
          Set<String> keep = new HashSet<>(duc.subList(0, 25));
          shuffled.removeIf(g -> !g.gold().startsWith("multinews") && !keep.contains(g.gold()));
        }
        Collections.shuffle(shuffled, new Random(seed));
        List<ClusteringEval.AnalyzedDocument> docs = new ArrayList<>();
        for (var g : shuffled) { var d = byId.get(g.id()); if (d != null) docs.add(d); }
        for (ArrivalOrder o : ArrivalOrder.values()) {
          SystemResult r = ClusteringEval.clusterInOrder(docs, o, cfg, false, !Boolean.getBoolean("noreconcile"));
          var s = r.scores();
          sb.append(String.format(Locale.ROOT, " s%d%s %.4f(P%.3f R%.3f)", seed, o.name().substring(0,1), s.bcubedF1(), s.bcubedPrecision(), s.bcubedRecall()));
          sum += s.bcubedF1(); n++;
          if (System.getProperty("dump") != null && seed == firstSeed && o == ArrivalOrder.RANDOM) dump(r, byId);
        }
      }
      System.out.printf(Locale.ROOT, "%s mean %.4f |%s%n", args[c], sum / n, sb);
    }
  }
}
