import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.eval.cluster.*;
import dev.parallax.model.AnalyzedArticle;
import java.nio.file.*;
import java.util.*;

/** Throw-away: the earlier-phase links found on pooled real stories (batch, publication order), with true stories. */
public class Phases {
  public static void main(String[] args) {
    String data = System.getProperty("data", "../shared/data");
    List<GoldDocument> pool = ClusterPool.load(List.of(Path.of(data, "duc2003"), Path.of(data, "duc2004"), Path.of(data, "multinews/sample.csv")));
    var analyzed = ClusteringEval.analyze(pool).documents();
    Map<String, String> gold = new HashMap<>();
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (var d : analyzed) { gold.put(d.analyzed().id(), d.gold().gold()); byId.put(d.analyzed().id(), d.analyzed()); }
    StoryClusterer c = StoryClusterer.streamed(analyzed.stream().map(ClusteringEval.AnalyzedDocument::analyzed).toList(), ClusteringConfig.DEFAULTS);
    var stories = c.stories();
    int links = 0, same = 0;
    for (String s : stories.keySet()) {
      Optional<String> e = c.earlierPhaseOf(s);
      if (e.isEmpty()) continue;
      links++;
      String gs = majority(stories.get(s), gold), ge = majority(stories.get(e.get()), gold);
      if (gs.equals(ge)) same++;
      System.out.printf("%s (%s, %d) <- %s (%s, %d)%n   %s%n   %s%n", s, gs, stories.get(s).size(), e.get(), ge, stories.get(e.get()).size(),
          title(byId.get(stories.get(s).get(0))), title(byId.get(stories.get(e.get()).get(0))));
    }
    System.out.printf("stories %d, links %d, same true story %d%n", stories.size(), links, same);
  }

  static String title(AnalyzedArticle a) {
    return a.article().published().map(p -> p.date().toString()).orElse("-") + " " + a.article().title();
  }

  static String majority(List<String> ids, Map<String, String> gold) {
    Map<String, Integer> n = new HashMap<>();
    for (String id : ids) n.merge(gold.get(id), 1, Integer::sum);
    return Collections.max(n.entrySet(), Map.Entry.comparingByValue()).getKey();
  }
}
