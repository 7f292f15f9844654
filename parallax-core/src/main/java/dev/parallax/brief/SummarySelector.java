package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import dev.parallax.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks summary sentences by concept coverage, after Gillick and Favre's ICSISumm: concepts are
 * stemmed word bigrams, a concept weighs the number of independent articles that contain it (one more
 * for each headline that contains it), and each concept counts once however many chosen sentences
 * hold it, so repeating a fact gains nothing.
 * The ILP is replaced by a budgeted greedy step (gain per word), times a per-sentence prior learned on
 * DUC 2003 ({@link SentenceSalience}: news leads, widely reported words, ...), with a guard against
 * near-repeats and paraphrases: solving the ILP exactly scored lower on every evaluation set
 * (docs/evaluation.md).
 */
final class SummarySelector {
  private static final double REDUNDANCY_COSINE = 0.5;
  /**
   * A paraphrase ("closed to all traffic at 6 a.m. after engineers found cracks" / "was shut at 6am
   * after an inspection found cracks") shares most of the shorter sentence's words and numbers but
   * stays under the cosine threshold: 0.55 beat 0.5 and 0.65 (docs/evaluation.md).
   */
  private static final double REDUNDANCY_OVERLAP = 0.55;
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
    Map<String, Integer> conceptDf = conceptDocumentFrequency(independent);
    int minDf = independent.size() >= 4 ? 2 : 1;

    List<Candidate> candidates = new ArrayList<>();
    Map<Candidate, Set<String>> concepts = new HashMap<>();
    Map<Candidate, Map<String, Integer>> vectors = new HashMap<>();
    Map<Candidate, Set<String>> overlapSets = new HashMap<>();
    Map<Candidate, Double> priors = new HashMap<>();
    // The candidates, each with its salience features, in article and sentence order.
    Map<Candidate, double[]> features = features(independent, conceptDf, minDf);
    for (Map.Entry<Candidate, double[]> e : features.entrySet()) {
      Candidate c = e.getKey();
      candidates.add(c);
      Set<String> cs = new HashSet<>(bigrams(c.text()));
      cs.removeIf(k -> conceptDf.getOrDefault(k, 0) < minDf);
      concepts.put(c, cs);
      vectors.put(c, ContentVectors.of(c.text()));
      overlapSets.put(c, ContentVectors.stemsAndNumbers(c.text()));
      priors.put(c, SentenceSalience.prior(e.getValue()));
    }

    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    int words = 0;
    while (chosen.size() < config.maxSentences()) {
      Candidate best = null;
      double bestScore = 0;
      for (Candidate c : candidates) {
        if (chosen.contains(c) || isRedundant(c, chosen, vectors, overlapSets)) {
          continue;
        }
        int length = Words.count(c.text());
        if (words + budgetWords(c.text()) > config.maxWords() && chosen.size() >= config.minSentences() && !config.fillBudget()) {
          continue;
        }
        double gain = 0;
        for (String k : concepts.get(c)) {
          if (!covered.contains(k)) {
            gain += conceptDf.get(k);
          }
        }
        double prior = priors.get(c);
        double penalty = opinion.contains(c.article()) ? 0.25 : 1.0;
        // Each sentence already taken from the same article makes the next one less welcome, so a
        // story is told from several sources rather than retold from one.
        long sameArticle = chosen.stream().filter(x -> x.article() == c.article()).count();
        penalty *= Math.pow(SAME_ARTICLE_DISCOUNT, sameArticle);
        // A tiny floor keeps lead sentences choosable when no concept is shared (one-article stories).
        // Gain per word: the cost-scaled greedy step of budgeted coverage (Lin and Bilmes 2010).
        double score = (gain + 0.01) * prior * penalty / length;
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
      words += budgetWords(best.text());
      if (words >= config.maxWords() && chosen.size() >= config.minSentences()) {
        break;
      }
    }
    return chosen;
  }

  /** Every candidate of the articles with its {@link SentenceSalience} features, in article and sentence order. */
  Map<Candidate, double[]> features(List<AnalyzedArticle> independent) {
    Map<String, Integer> conceptDf = conceptDocumentFrequency(independent);
    return features(independent, conceptDf, independent.size() >= 4 ? 2 : 1);
  }

  private static Map<Candidate, double[]> features(List<AnalyzedArticle> independent, Map<String, Integer> conceptDf, int minDf) {
    SentenceSalience salience = new SentenceSalience(independent, minDf);
    Map<Candidate, double[]> out = new LinkedHashMap<>();
    for (int a = 0; a < independent.size(); a++) {
      for (Sentence source : SummaryUnits.of(independent.get(a))) {
        if (SentenceFilter.isSummaryCandidate(source.text())) {
          Candidate c = new Candidate(a, source, SentenceCompressor.compress(source));
          double weight = 0;
          for (String k : new HashSet<>(bigrams(c.text()))) {
            int df = conceptDf.getOrDefault(k, 0);
            weight += df >= minDf ? df : 0;
          }
          out.put(c, salience.features(independent.get(a), source, c.text(), weight));
        }
      }
    }
    return out;
  }

  /**
   * A sentence's cost against the word budget: whitespace-separated words, as ROUGE's {@code -l}
   * counts them ("apartheid-era" is one word there but two {@link Words#count word tokens}); counting
   * tokens stopped summaries a few words short of the cut.
   */
  static int budgetWords(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean earlier(Candidate a, Candidate b) {
    return Comparator.comparingInt(Candidate::article)
            .thenComparingInt((Candidate c) -> c.sentence().index())
            .compare(a, b) < 0;
  }

  private static boolean isRedundant(Candidate c, List<Candidate> chosen, Map<Candidate, Map<String, Integer>> vectors,
      Map<Candidate, Set<String>> overlapSets) {
    for (Candidate other : chosen) {
      if (ContentVectors.cosine(vectors.get(c), vectors.get(other)) > REDUNDANCY_COSINE
          || ContentVectors.overlap(overlapSets.get(c), overlapSets.get(other)) > REDUNDANCY_OVERLAP) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article's title is a real headline, not the fallback to its first sentence. */
  static boolean hasHeadline(AnalyzedArticle a) {
    String title = a.article().title().strip();
    return !title.isEmpty() && !a.article().body().strip().startsWith(title)
        && (a.sentences().isEmpty() || !a.sentences().get(0).text().strip().equals(title));
  }

  /**
   * Per concept, the number of articles holding it, plus one per article whose headline holds it; a
   * concept only in headlines has no weight (no sentence can cover it).
   */
  private static Map<String, Integer> conceptDocumentFrequency(List<AnalyzedArticle> articles) {
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : a.sentences()) {
        seen.addAll(bigrams(s.text()));
      }
      seen.forEach(k -> df.merge(k, 1, Integer::sum));
    }
    // A headline is its writer's own summary: a concept in an article's headline counts once more.
    for (AnalyzedArticle a : articles) {
      if (hasHeadline(a)) {
        new HashSet<>(bigrams(a.article().title())).forEach(k -> df.computeIfPresent(k, (x, v) -> v + 1));
      }
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
