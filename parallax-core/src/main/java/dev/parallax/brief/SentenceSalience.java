package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Mention;
import dev.parallax.model.Sentence;
import dev.parallax.text.Words;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a summary candidate looks like apart from the concepts it would add: where it stands in its
 * article, how long it is, how widely its words are reported, what it names. {@link #features}
 * describes a candidate by these numbers and {@link #prior} turns them into the greedy's
 * per-sentence preference, with weights fitted on DUC 2003 (see {@link #WEIGHTS}).
 */
final class SentenceSalience {
  /** The features in the order {@link #features} returns them. */
  static final List<String> NAMES = List.of(
      "conceptDensity", "logLeadPrior", "relativePosition", "logWords", "stemSpread", "centroidCosine",
      "namesPerWord", "numbersPerWord");

  /** Index of the concept density: the greedy weighs it itself (gain per word), so the prior leaves it out. */
  static final int CONCEPT_DENSITY = 0;
  /** Index of the log lead prior, log(1 + 1/(1 + position)): its weight in the prior stays 1. */
  static final int LEAD = 1;

  /**
   * The prior's weights, one per feature: {@code parallax eval salience-fit ../shared/data/duc2003}
   * (least squares within each cluster of log(0.05 + the mean of a candidate's ROUGE-1 and ROUGE-2
   * precision against the model summaries) on the features, every weight divided by the concept
   * density's, as the greedy counts density once). The lead weight is not the fitted 0.62 but 1, the
   * lead prior tuned earlier (1 + 1/(1 + position); docs/evaluation.md); concept density is 0 here
   * because the greedy's gain per word already holds it. Fitted on DUC 2003 only: DUC 2004,
   * MultiLing and Multi-News are held out.
   */
  private static final double[] WEIGHTS = {0, 1, -0.126, 0.444, 4.913, -3.749, 0.656, -2.009};

  private final Map<String, Integer> stemDf = new HashMap<>();
  private final Map<String, Integer> centroid = new HashMap<>();
  private final int articles;

  /**
   * @param independent the story's independent articles
   * @param minDf       the fewest articles a stem must appear in to count in the story centroid
   */
  SentenceSalience(List<AnalyzedArticle> independent, int minDf) {
    this.articles = independent.size();
    for (AnalyzedArticle a : independent) {
      Set<String> seen = new HashSet<>();
      for (Sentence s : a.sentences()) {
        seen.addAll(ContentVectors.of(s.text()).keySet());
      }
      seen.forEach(k -> stemDf.merge(k, 1, Integer::sum));
    }
    stemDf.forEach((k, df) -> {
      if (df >= minDf) {
        centroid.put(k, df);
      }
    });
  }

  /**
   * The candidate's features, in {@link #NAMES} order.
   *
   * @param article       the article it is from
   * @param source        its source sentence (or quote unit)
   * @param text          the text the summary would show
   * @param conceptWeight the summed weight of its concepts, none yet covered
   */
  double[] features(AnalyzedArticle article, Sentence source, String text, double conceptWeight) {
    int words = Math.max(1, Words.count(text));
    Map<String, Integer> vector = ContentVectors.of(text);
    double spread = 0;
    for (String stem : vector.keySet()) {
      spread += stemDf.getOrDefault(stem, 1);
    }
    // The share of the story's articles that hold its average content word: widely reported words.
    spread = vector.isEmpty() ? 0 : spread / vector.size() / articles;
    int sentences = article.sentences().size();
    long names = article.mentions().stream()
        .filter((Mention m) -> m.start() >= source.start() && m.end() <= source.end())
        .count();
    long numbers = Words.tokens(text).stream().filter(t -> t.chars().anyMatch(Character::isDigit)).count();
    return new double[] {
        Math.log1p(conceptWeight / words),
        Math.log1p(1.0 / (1 + source.index())),
        sentences <= 1 ? 0 : (double) source.index() / (sentences - 1),
        Math.log(words),
        spread,
        ContentVectors.cosine(vector, centroid),
        (double) names / words,
        (double) numbers / words};
  }

  /** The greedy's per-sentence preference: exp of the weighted features, so 1 + 1/(1 + position) times the rest. */
  static double prior(double[] features) {
    double y = 0;
    for (int i = 0; i < features.length; i++) {
      y += WEIGHTS[i] * features[i];
    }
    return Math.exp(y);
  }
}
