package dev.parallax.cluster;

import dev.parallax.eval.cluster.*;
import dev.parallax.model.AnalyzedArticle;
import java.nio.file.*;
import java.util.*;

/** Throw-away: how many documents the centroid score could place right, given the gold stories. */
public class Oracle {
  public static void main(String[] args) {
    List<Path> paths = new ArrayList<>();
    for (String a : args) paths.add(Path.of(a));
    List<GoldDocument> pool = new ArrayList<>(ClusterPool.load(paths));
    var analyzed = ClusteringEval.analyze(pool);
    ClusteringConfig cfg = ClusteringConfig.DEFAULTS;
    ArticleVectorizer vec = new ArticleVectorizer(cfg.titleWeight());
    DocumentFrequencies tf = new DocumentFrequencies(), ef = new DocumentFrequencies();
    Map<String, ArticleFeatures> feats = new LinkedHashMap<>();
    Map<String, String> gold = new HashMap<>();
    Map<String, AnalyzedArticle> articles = new HashMap<>();
    Map<String, List<String>> members = new TreeMap<>();
    for (var d : analyzed.documents()) {
      ArticleFeatures f = vec.vectorize(d.analyzed());
      feats.put(d.gold().id(), f); gold.put(d.gold().id(), d.gold().gold()); articles.put(d.gold().id(), d.analyzed());
      members.computeIfAbsent(d.gold().gold(), k -> new ArrayList<>()).add(d.gold().id());
      tf.add(f.terms().keySet()); ef.add(f.entities().keySet());
    }
    StorySimilarity sim = new StorySimilarity(cfg, tf, ef);
    Map<String, StoryProfile> full = new HashMap<>();
    for (var e : members.entrySet()) full.put(e.getKey(), profile(e.getValue(), null, feats, cfg, tf, ef));
    int unreachable = 0, confusable = 0, fine = 0, singles = 0;
    Map<String, String> oracle1 = new HashMap<>(), oracle2 = new HashMap<>();
    for (var e : feats.entrySet()) {
      String id = e.getKey(); String g = gold.get(id);
      oracle1.put(id, g); oracle2.put(id, g);
      if (members.get(g).size() < 2) { singles++; continue; }
      StoryProfile own = profile(members.get(g), id, feats, cfg, tf, ef);
      var q = sim.query(e.getValue());
      double ownMargin = sim.score(q, own).total() - cfg.joinThreshold(members.get(g).size() - 1);
      double bestRival = Double.NEGATIVE_INFINITY; String rival = null;
      for (var h : full.entrySet()) {
        if (h.getKey().equals(g)) continue;
        double m = sim.score(q, h.getValue()).total() - cfg.joinThreshold(members.get(h.getKey()).size());
        if (m > bestRival) { bestRival = m; rival = h.getKey(); }
      }
      String kind;
      if (ownMargin < 0 && bestRival < 0) { kind = "UNREACH"; unreachable++; oracle1.put(id, "single:" + id); oracle2.put(id, "single:" + id); }
      else if (bestRival > ownMargin) { kind = "CONFUSE"; confusable++; oracle2.put(id, rival); }
      else { fine++; continue; }
      var art = articles.get(id).article();
      String text = art.title() + " | " + art.body();
      System.out.printf("%s %s own %.3f rival %.3f %s | %s%n", kind, id, ownMargin, bestRival, rival,
          text.substring(0, Math.min(150, text.length())).replace('\n', ' '));
    }
    System.out.printf("docs %d single-doc stories %d fine %d unreachable %d confusable %d%n", feats.size(), singles, fine, unreachable, confusable);
    var s1 = ClusteringScores.of(gold, oracle1); var s2 = ClusteringScores.of(gold, oracle2);
    System.out.printf("oracle (unreachable alone): P %.4f R %.4f F1 %.4f%n", s1.bcubedPrecision(), s1.bcubedRecall(), s1.bcubedF1());
    System.out.printf("oracle (+ confusable to rival): P %.4f R %.4f F1 %.4f%n", s2.bcubedPrecision(), s2.bcubedRecall(), s2.bcubedF1());
  }

  static StoryProfile profile(List<String> ids, String without, Map<String, ArticleFeatures> feats, ClusteringConfig cfg,
      DocumentFrequencies tf, DocumentFrequencies ef) {
    StoryProfile p = new StoryProfile("x", 0);
    for (String id : ids) if (!id.equals(without)) p.add(id, feats.get(id), cfg.centroidTerms(), tf::idf, ef::idf);
    return p;
  }
}
