import dev.parallax.cluster.ClusteringConfig;
import dev.parallax.cluster.StoryClusterer;
import dev.parallax.eval.cluster.*;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import java.nio.file.*;
import java.util.*;

/**
 * Throw-away: earlier-phase recall on real stories made into two phases. Each DUC topic's articles are split at
 * the topic's median date and the later half is moved D days later (every topic by the same D, so the later
 * halves still meet each other); the later half should become its own story linked to the earlier one.
 * Args: D values (days). {@code -Dshuffle=SEED} streams the articles in a seeded random order (then reconciles)
 * instead of as one batch in publication order.
 */
public class PhaseRecall {
  public static void main(String[] args) {
    String data = System.getProperty("data", "../shared/data");
    List<GoldDocument> pool = ClusterPool.load(List.of(Path.of(data, "duc2003"), Path.of(data, "duc2004")));
    var analyzed = ClusteringEval.analyze(pool).documents();
    Map<String, List<ClusteringEval.AnalyzedDocument>> byTopic = new TreeMap<>();
    for (var d : analyzed) if (d.analyzed().article().published().isPresent()) byTopic.computeIfAbsent(d.gold().gold(), k -> new ArrayList<>()).add(d);
    for (String arg : args) {
      int shift = Integer.parseInt(arg);
      if (System.getProperty("list") != null) System.out.println("topics " + byTopic.size() + " sizes " + byTopic.values().stream().map(List::size).toList());
      Map<String, String> phaseOf = new HashMap<>(); // article id -> "<topic>|early" or "<topic>|late"
      List<AnalyzedArticle> batch = new ArrayList<>();
      for (var e : byTopic.entrySet()) {
        List<ClusteringEval.AnalyzedDocument> docs = new ArrayList<>(e.getValue());
        docs.sort(Comparator.comparing(d -> d.analyzed().article().published().get().date()));
        int half = docs.size() / 2;
        for (int i = 0; i < docs.size(); i++) {
          AnalyzedArticle a = docs.get(i).analyzed();
          boolean late = i >= half && docs.size() >= 4;
          phaseOf.put(a.id(), e.getKey() + (late ? "|late" : "|early"));
          batch.add(late ? shifted(a, shift) : a);
        }
      }
      StoryClusterer c;
      String shuffle = System.getProperty("shuffle");
      if (shuffle == null) {
        c = StoryClusterer.streamed(batch, ClusteringConfig.DEFAULTS);
      } else { // arrival in a seeded random order, reconciled at the end
        Collections.shuffle(batch, new Random(Long.parseLong(shuffle)));
        c = new StoryClusterer(ClusteringConfig.DEFAULTS);
        batch.forEach(c::add);
        c.reconcile();
      }
      Map<String, List<String>> stories = c.stories();
      Map<String, String> majorityOf = new HashMap<>();
      stories.forEach((s, ids) -> majorityOf.put(s, majority(ids, phaseOf)));
      Set<String> lateTopics = new TreeSet<>();
      phaseOf.values().stream().filter(p -> p.endsWith("|late")).forEach(p -> lateTopics.add(p.substring(0, p.indexOf('|'))));
      int linkedRight = 0, links = 0, wrong = 0, joined = 0;
      Set<String> found = new HashSet<>();
      for (String s : stories.keySet()) {
        String m = majorityOf.get(s);
        Optional<String> e = c.earlierPhaseOf(s);
        if (e.isEmpty()) continue;
        links++;
        String em = majorityOf.get(e.get());
        String topic = m.substring(0, m.indexOf('|'));
        if (m.endsWith("|late") && em.equals(topic + "|early")) { if (found.add(topic)) linkedRight++; }
        else if (!em.substring(0, em.indexOf('|')).equals(topic)) {
          wrong++;
          if (System.getProperty("list") != null) System.out.println("  other topic: " + m + " <- " + em + " | " + stories.get(s).size() + " / " + stories.get(e.get()).size());
        }
      }
      // topics whose late half mostly sits in a story whose majority is its early half: not separated at all
      for (String t : lateTopics) {
        long inEarly = phaseOf.entrySet().stream().filter(p -> p.getValue().equals(t + "|late"))
            .filter(p -> majorityOf.get(c.storyOf(p.getKey()).orElseThrow()).equals(t + "|early")).count();
        long all = phaseOf.values().stream().filter(v -> v.equals(t + "|late")).count();
        if (inEarly * 2 > all) joined++;
      }
      System.out.printf(Locale.ROOT, "shift %d days: %d topics split in two phases; later phase linked to its earlier one: %d "
          + "(recall %.3f); links in all %d, between different topics %d; later halves that joined their earlier story %d%n",
          shift, lateTopics.size(), linkedRight, (double) linkedRight / lateTopics.size(), links, wrong, joined);
    }
  }

  static AnalyzedArticle shifted(AnalyzedArticle a, int days) {
    Article o = a.article();
    Optional<PublicationDate> date = o.published().map(p -> new PublicationDate(p.date().plusDays(days), p.evidence(), p.confidence()));
    Article moved = new Article(o.id(), o.source(), o.url(), o.title(), o.outlet(), date, o.authors(), o.body(),
        o.modified(), o.canonicalUrl(), o.language());
    return new AnalyzedArticle(moved, a.sentences(), a.mentions(), a.quotes(), a.times(), a.numbers(), a.timeAnchor());
  }

  static String majority(List<String> ids, Map<String, String> label) {
    Map<String, Integer> n = new TreeMap<>();
    for (String id : ids) n.merge(label.get(id), 1, Integer::sum);
    return Collections.max(n.entrySet(), Map.Entry.comparingByValue()).getKey();
  }
}
