package dev.parallax.cluster;

import dev.parallax.eval.cluster.*;
import java.nio.file.*;
import java.util.*;

/** Throw-away: the stream with oracle decisions at chosen moments, to see where the loss is. */
public class DynOracle {
  public static void main(String[] args) {
    String data = System.getProperty("data", "../shared/data");
    List<GoldDocument> pool = ClusterPool.load(List.of(Path.of(data, "duc2004"), Path.of(data, "multinews/sample.csv")));
    var analyzed = ClusteringEval.analyze(pool);
    Map<String, ClusteringEval.AnalyzedDocument> byId = new HashMap<>();
    for (var d : analyzed.documents()) byId.put(d.gold().id(), d);
    for (String mode : args) {
      double sum = 0; StringBuilder sb = new StringBuilder();
      for (int seed = 1; seed <= 2; seed++) for (boolean dateOrder : new boolean[] {false, true}) {
        List<GoldDocument> sh = new ArrayList<>(pool);
        Collections.shuffle(sh, new Random(seed));
        List<ClusteringEval.AnalyzedDocument> docs = new ArrayList<>();
        for (var g : sh) { var d = byId.get(g.id()); if (d != null) docs.add(d); }
        if (dateOrder) docs = docs.stream().sorted(Comparator.comparing(ClusteringEval.AnalyzedDocument::analyzed, StoryClusterer.byPublicationDate())).toList();
        var s = run(docs, mode);
        sb.append(String.format(Locale.ROOT, " %.4f(P%.3f R%.3f)", s.bcubedF1(), s.bcubedPrecision(), s.bcubedRecall()));
        sum += s.bcubedF1();
      }
      System.out.printf(Locale.ROOT, "%-10s mean %.4f |%s%n", mode, sum / 4, sb);
    }
  }

  static Map<String, String> groupOf;

  static ClusteringScores run(List<ClusteringEval.AnalyzedDocument> docs, String mode) {
    if (groupOf == null) {
      groupOf = new HashMap<>();
      for (var l : new dev.parallax.dedup.CopyDetector().detect(docs.stream().map(ClusteringEval.AnalyzedDocument::analyzed).toList())) {
        groupOf.put(l.copyId(), l.originalId()); groupOf.put(l.originalId(), l.originalId());
      }
    }
    Map<String, StoryProfile> storyOfGroup = new HashMap<>();
    storyYears = new HashMap<>();
    ClusteringConfig cfg = ClusteringConfig.DEFAULTS;
    ArticleVectorizer vec = new ArticleVectorizer(cfg.titleWeight());
    DocumentFrequencies tf = new DocumentFrequencies(), ef = new DocumentFrequencies();
    StorySimilarity sim = new StorySimilarity(cfg, tf, ef);
    List<StoryProfile> stories = new ArrayList<>();
    Map<StoryProfile, Map<String, Integer>> goldCounts = new HashMap<>();
    Set<String> seenGold = new HashSet<>();
    Map<String, String> gold = new HashMap<>(), found = new HashMap<>();
    for (var d : docs) {
      String g = d.gold().gold();
      ArticleFeatures f = vec.vectorize(d.analyzed());
      tf.add(f.terms().keySet()); ef.add(f.entities().keySet());
      var q = sim.query(f);
      StoryProfile best = null; double bestMargin = Double.NEGATIVE_INFINITY;
      StoryProfile goldBest = null; int goldBestCount = 0;
      Integer yr = mode.startsWith("years") ? medianYear(d.analyzed().article().body()) : null;
      boolean dated = f.date().isPresent();
      int gap = mode.startsWith("years") ? Integer.parseInt(mode.substring(5)) : 0;
      for (StoryProfile s : stories) {
        if (mode.startsWith("years") && (yr != null || dated)) {
          boolean storyDated = s.firstDate().isPresent();
          if (!dated && storyDated && yr != null && Math.abs(yr - s.firstDate().get().getYear()) > gap) continue;
          if (dated && !storyDated) {
            Integer sy = median(storyYears.get(s));
            if (sy != null && Math.abs(sy - f.date().get().getYear()) > gap) continue;
          }
        }
        double m = sim.score(q, s).total() - cfg.joinThreshold(s.articleIds().size());
        if (m > bestMargin) { best = s; bestMargin = m; }
        int c = goldCounts.get(s).getOrDefault(g, 0);
        if (c > goldBestCount) { goldBest = s; goldBestCount = c; }
      }
      boolean first = seenGold.add(g);
      StoryProfile chosen = best != null && bestMargin >= 0 ? best : null;
      boolean chosenRight = chosen != null && majority(goldCounts.get(chosen)).equals(g);
      switch (mode) {
        case "rule" -> {}
        case "years2", "years4", "years8", "years15" -> {}
        case "copies", "copiesnoadd" -> {
          String grp = groupOf.get(d.analyzed().id());
          if (grp != null && storyOfGroup.containsKey(grp)) chosen = storyOfGroup.get(grp);
        }
        case "newevent" -> { if (first) chosen = null; }          // first article of an event never joins
        case "nowrong" -> { if (chosen != null && !chosenRight) chosen = null; }  // never join a wrong story
        case "nosplit" -> { if (!first && chosen == null) chosen = goldBest; }  // never start a story its event has
        case "both" -> { if (first) chosen = null; else if (chosen == null || !chosenRight) chosen = goldBest; }
        case "second" -> { if (!first && chosen == null && goldBestCount == 1 && goldBest.articleIds().size() == 1) chosen = goldBest; }
        default -> throw new IllegalArgumentException(mode);
      }
      if (chosen == null) {
        chosen = new StoryProfile("s" + stories.size(), stories.size());
        stories.add(chosen); goldCounts.put(chosen, new HashMap<>());
      }
      String grp0 = groupOf.get(d.analyzed().id());
      boolean isCopyJoin = grp0 != null && storyOfGroup.get(grp0) == chosen;
      if (grp0 != null) storyOfGroup.putIfAbsent(grp0, chosen);
      if (!(mode.equals("copiesnoadd") && isCopyJoin)) chosen.add(d.gold().id(), f, cfg.centroidTerms(), tf::idf, ef::idf);
      goldCounts.get(chosen).merge(g, 1, Integer::sum);
      gold.put(d.gold().id(), g); found.put(d.gold().id(), chosen.id());
      Integer my = medianYear(d.analyzed().article().body());
      if (my != null && f.date().isEmpty()) storyYears.computeIfAbsent(chosen, k -> new ArrayList<>()).add(my);
    }
    return ClusteringScores.of(gold, found);
  }

  static Map<StoryProfile, List<Integer>> storyYears;
  static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19[0-9]{2}|20[0-9]{2})\\b");
  static Integer medianYear(String body) {
    List<Integer> ys = new ArrayList<>();
    var m = YEAR.matcher(body);
    while (m.find()) ys.add(Integer.parseInt(m.group(1)));
    return ys.size() < 2 ? null : median(ys);
  }
  static Integer median(List<Integer> ys) {
    if (ys == null || ys.isEmpty()) return null;
    List<Integer> s = new ArrayList<>(ys); Collections.sort(s); return s.get(s.size() / 2);
  }

  static String majority(Map<String, Integer> counts) {
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }
}
