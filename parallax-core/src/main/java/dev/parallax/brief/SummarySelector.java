package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks summary sentences by concept coverage, after Gillick and Favre's ICSISumm: concepts are
 * stemmed word bigrams, a concept weighs the number of independent articles that contain it, and
 * each concept counts once however many chosen sentences hold it, so repeating a fact gains nothing.
 * The ILP is replaced by a budgeted greedy step (gain per word), with a soft preference for early
 * sentences of an article (news leads) and a cosine guard against near-repeats.
 */
final class SummarySelector {
  private static final double REDUNDANCY_COSINE = 0.5;
  /** Discount per sentence already chosen from the same article (0.7 beat 1.0 and 0.5 on DUC and Multi-News). */
  private static final double SAME_ARTICLE_DISCOUNT = 0.7;

  private final SummaryConfig config;

  SummarySelector(SummaryConfig config) {
    this.config = config;
  }

  /**
   * A sentence that may be chosen: its article's position in the story, the source sentence and the
   * text the summary shows (the sentence, compressed by {@link SentenceCompressor}).
   */
  record Candidate(int article, Sentence sentence, String text) {}

  /**
   * Chooses sentences from the {@code independent} articles (copies excluded by the caller);
   * {@code opinion} marks articles that read as opinion, whose sentences are chosen only last.
   * Returns them in selection order.
   */
  List<Candidate> select(List<AnalyzedArticle> independent, Set<Integer> opinion) {
    Map<String, Integer> conceptCount = conceptDocumentFrequency(independent);
    Map<String, Double> conceptDf = conceptWeights(independent);
    int minDf = independent.size() >= 4 ? EXP_MINDF : 1;

    List<Candidate> candidates = new ArrayList<>();
    Map<Candidate, Set<String>> concepts = new HashMap<>();
    Map<Candidate, Map<String, Integer>> vectors = new HashMap<>();
    for (int a = 0; a < independent.size(); a++) {
      for (Sentence full : independent.get(a).sentences()) {
        Sentence source = Datelines.strip(full);
        if (SentenceFilter.isSummaryCandidate(source.text())) {
          Candidate c = new Candidate(a, source, SentenceCompressor.compress(source));
          candidates.add(c);
          Set<String> cs = new HashSet<>(bigrams(c.text()));
          cs.removeIf(k -> conceptCount.getOrDefault(k, 0) < minDf);
          concepts.put(c, cs);
          vectors.put(c, ContentVectors.of(c.text()));
        }
      }
    }

    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    int words = 0;
    while (chosen.size() < config.maxSentences()) {
      Candidate best = null;
      double bestScore = 0;
      for (Candidate c : candidates) {
        if (chosen.contains(c) || isRedundant(c, chosen, vectors)) {
          continue;
        }
        int length = Words.count(c.text());
        if (words + length > config.maxWords() && chosen.size() >= config.minSentences() && !config.fillBudget()) {
          continue;
        }
        double gain = 0;
        for (String k : concepts.get(c)) {
          if (!covered.contains(k)) {
            gain += conceptDf.get(k);
          }
        }
        double lead = 1.0 + 1.0 / (1 + c.sentence().index());
        double penalty = opinion.contains(c.article()) ? 0.25 : 1.0;
        // Each sentence already taken from the same article makes the next one less welcome, so a
        // story is told from several sources rather than retold from one.
        long sameArticle = chosen.stream().filter(x -> x.article() == c.article()).count();
        penalty *= Math.pow(SAME_ARTICLE_DISCOUNT, sameArticle);
        // A tiny floor keeps lead sentences choosable when no concept is shared (one-article stories).
        // Gain per word: the cost-scaled greedy step of budgeted coverage (Lin and Bilmes 2010).
        double score = (gain + 0.01) * lead * penalty / length;
        if (best == null || score > bestScore || (score == bestScore && earlier(c, best))) {
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      covered.addAll(concepts.get(best));
      words += Words.count(best.text());
      if (words >= config.maxWords() && chosen.size() >= config.minSentences()) {
        break;
      }
    }
    if (EXP_SEARCH.equals("exact")) {
      return exact(chosen, candidates, concepts, conceptDf, opinion);
    }
    return chosen;
  }

  static final String EXP_SEARCH = System.getProperty("px.search", "greedy");
  static final double EXP_LEAD = Double.parseDouble(System.getProperty("px.lead", "0"));
  static final int EXP_TOP = Integer.getInteger("px.top", 100);
  static final long EXP_NODES = Long.getLong("px.nodes", 50000);

  private List<Candidate> exact(List<Candidate> greedy, List<Candidate> candidates, Map<Candidate, Set<String>> concepts,
      Map<String, Double> conceptDf, Set<Integer> opinion) {
    int budget = config.maxWords();
    List<Candidate> pool = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!opinion.contains(c.article()) && !concepts.get(c).isEmpty()) {
        pool.add(c);
      }
    }
    pool.sort(Comparator.comparingDouble((Candidate c) -> -ratio(c, concepts, conceptDf)));
    List<Candidate> top = new ArrayList<>(pool.subList(0, Math.min(EXP_TOP, pool.size())));
    List<Candidate> start = new ArrayList<>();
    int used = 0;
    for (Candidate c : greedy) {
      int len = Words.count(c.text());
      if (used + len <= budget) {
        start.add(c);
        used += len;
        if (!top.contains(c)) {
          top.add(c);
        }
      }
    }
    Map<String, Integer> ids = new HashMap<>();
    List<ConceptCoverageSearch.Item> items = new ArrayList<>();
    for (Candidate c : top) {
      int[] cs = concepts.get(c).stream().mapToInt(k -> ids.computeIfAbsent(k, x -> ids.size())).toArray();
      double lead = EXP_LEAD / (1 + c.sentence().index());
      items.add(new ConceptCoverageSearch.Item(cs, Words.count(c.text()), lead));
    }
    double[] weight = new double[ids.size()];
    ids.forEach((k, i) -> weight[i] = conceptDf.get(k));
    List<Integer> startIdx = start.stream().map(top::indexOf).toList();
    ConceptCoverageSearch.Result r = new ConceptCoverageSearch(items, weight, budget, EXP_NODES).solve(startIdx);
    if (System.getProperty("px.debug") != null) {
      System.err.println("exact nodes=" + r.nodes() + " optimal=" + r.optimal() + " items=" + items.size());
    }
    List<Candidate> picked = new ArrayList<>();
    r.chosen().forEach(i -> picked.add(top.get(i)));
    // Most informative first: re-run the greedy order over the chosen set.
    List<Candidate> ordered = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    while (!picked.isEmpty()) {
      Candidate best = null;
      double bestGain = -1;
      for (Candidate c : picked) {
        double g = 0;
        for (String k : concepts.get(c)) {
          if (!covered.contains(k)) {
            g += conceptDf.get(k);
          }
        }
        g /= Words.count(c.text());
        if (g > bestGain) {
          best = c;
          bestGain = g;
        }
      }
      ordered.add(best);
      picked.remove(best);
      covered.addAll(concepts.get(best));
    }
    if (config.fillBudget()) {
      Candidate fill = null;
      double fillScore = 0;
      for (Candidate c : pool) {
        if (ordered.contains(c)) {
          continue;
        }
        double g = 0;
        for (String k : concepts.get(c)) {
          if (!covered.contains(k)) {
            g += conceptDf.get(k);
          }
        }
        // Only the words before the cut count: gain per word of the sentence.
        double score = g / Words.count(c.text());
        if (score > fillScore) {
          fill = c;
          fillScore = score;
        }
      }
      if (fill != null) {
        ordered.add(fill);
      }
    }
    return ordered;
  }

  private static double ratio(Candidate c, Map<Candidate, Set<String>> concepts, Map<String, Double> df) {
    double g = 0;
    for (String k : concepts.get(c)) {
      g += df.get(k);
    }
    return g / Words.count(c.text());
  }

  private static boolean earlier(Candidate a, Candidate b) {
    return Comparator.comparingInt(Candidate::article)
            .thenComparingInt((Candidate c) -> c.sentence().index())
            .compare(a, b) < 0;
  }

  private static boolean isRedundant(Candidate c, List<Candidate> chosen, Map<Candidate, Map<String, Integer>> vectors) {
    for (Candidate other : chosen) {
      if (ContentVectors.cosine(vectors.get(c), vectors.get(other)) > REDUNDANCY_COSINE) {
        return true;
      }
    }
    return false;
  }

  static final double EXP_POSW = Double.parseDouble(System.getProperty("px.posw", "0"));
  static final double EXP_DFPOW = Double.parseDouble(System.getProperty("px.dfpow", "1"));
  static final int EXP_MINDF = Integer.getInteger("px.mindf", 2);

  /** Per concept: the articles holding it, each weighted up when the concept appears early in it. */
  private static Map<String, Double> conceptWeights(List<AnalyzedArticle> articles) {
    Map<String, Double> w = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Map<String, Integer> first = new HashMap<>();
      List<Sentence> ss = a.sentences();
      for (int i = 0; i < ss.size(); i++) {
        for (String k : bigrams(ss.get(i).text())) {
          first.putIfAbsent(k, i);
        }
      }
      first.forEach((k, i) -> w.merge(k, 1.0 + EXP_POSW / (1 + i), Double::sum));
    }
    if (EXP_DFPOW != 1.0) {
      w.replaceAll((k, v) -> Math.pow(v, EXP_DFPOW));
    }
    return w;
  }

  private static Map<String, Integer> conceptDocumentFrequency(List<AnalyzedArticle> articles) {
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : a.sentences()) {
        seen.addAll(bigrams(s.text()));
      }
      seen.forEach(k -> df.merge(k, 1, Integer::sum));
    }
    return df;
  }

  /** Stemmed bigrams of {@code text}, without those made only of stopwords. */
  static List<String> bigrams(String text) {
    List<String> tokens = Words.tokens(text);
    List<String> stems = Words.stems(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < stems.size(); i++) {
      if (Words.isStopword(tokens.get(i)) && Words.isStopword(tokens.get(i + 1))) {
        continue;
      }
      out.add(stems.get(i) + " " + stems.get(i + 1));
    }
    return out;
  }
}
