package dev.parallax.eval.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Zyte article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark,
 * {@code evaluate.py}), reimplemented so its published scores can be reproduced in Java.
 *
 * <p>Conventions, as the benchmark defines them:
 * <ul>
 *   <li>Tokens are the matches of Python's {@code \w+} on {@code str}: runs of letters (any
 *       {@code L*} category), numbers ({@code Nd}, {@code Nl}, {@code No}) and {@code _}. Combining
 *       marks are not word characters there, so they split tokens here too. Case is kept.
 *   <li>A page is the multiset of its 4-token shingles; a text of 1-3 tokens has one shorter shingle,
 *       an empty text none.
 *   <li>Per page, true positives are the shared shingle counts, false positives the predicted
 *       surplus, false negatives the missing ones; the three are divided by their sum so that long
 *       pages weigh no more than short ones.
 *   <li>Precision is averaged only over pages with a non-empty prediction, recall only over pages
 *       with a non-empty ground truth: an empty output costs recall (0 for that page) but not
 *       precision. A page where prediction and truth are both empty counts 1 for both (the
 *       benchmark's {@code fp == fn == 0} rule) but enters neither mean, as neither side has
 *       shingles.
 *   <li>F1 is the harmonic mean of the two means (not a mean of per-page F1).
 *   <li>Accuracy is the share of pages whose token sequences are identical.
 * </ul>
 */
public final class ShingleScorer {
  /** The benchmark's shingle length. */
  public static final int SHINGLE_TOKENS = 4;

  private ShingleScorer() {}

  /**
   * One page's match, normalised so that {@code tp + fp + fn == 1} (all zero when both texts are
   * empty).
   */
  public record PageMatch(double tp, double fp, double fn, boolean identicalTokens) {
    /** Whether the prediction had shingles, i.e. the page enters the precision mean. */
    public boolean predicted() {
      return tp + fp > 0;
    }

    /** Whether the ground truth had shingles, i.e. the page enters the recall mean. */
    public boolean expected() {
      return tp + fn > 0;
    }

    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Means over pages, with the benchmark's rules for empty texts. */
  public record Scores(double precision, double recall, double f1, double accuracy, int pages, int emptyPredictions) {}

  /** The tokens of {@code text} as Python's {@code re.findall(r'\w+', text)} returns them. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /** Python's {@code str} {@code \w}: {@code isalnum()} (letters and all numbers) or underscore. */
  static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** The multiset of shingles of {@code text}: shingle (tokens joined by U+0000) to count. */
  public static Map<String, Integer> shingles(String text) {
    return shingles(text, SHINGLE_TOKENS);
  }

  /** The multiset of {@code n}-token shingles of {@code text} ({@code n = 1}: the bag of tokens). */
  public static Map<String, Integer> shingles(String text, int n) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < last && i < tokens.size(); i++) {
      String shingle = String.join("\u0000", tokens.subList(i, Math.min(tokens.size(), i + n)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  /** How {@code predicted} matches {@code truth} on one page. */
  public static PageMatch match(String truth, String predicted) {
    return match(truth, predicted, SHINGLE_TOKENS);
  }

  /** How {@code predicted} matches {@code truth} on one page, with {@code n}-token shingles. */
  public static PageMatch match(String truth, String predicted, int n) {
    Map<String, Integer> expected = shingles(truth, n);
    Map<String, Integer> got = shingles(predicted, n);
    Set<String> keys = new HashSet<>(expected.keySet());
    keys.addAll(got.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String key : keys) {
      int e = expected.getOrDefault(key, 0);
      int g = got.getOrDefault(key, 0);
      tp += Math.min(e, g);
      fp += Math.max(0, g - e);
      fn += Math.max(0, e - g);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new PageMatch(tp, fp, fn, tokens(truth).equals(tokens(predicted)));
  }

  /** The benchmark's aggregate over {@code pages}. */
  public static Scores aggregate(List<PageMatch> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int identical = 0;
    for (PageMatch page : pages) {
      if (page.predicted()) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.expected()) {
        recallSum += page.recall();
        recallPages++;
      }
      if (page.identicalTokens()) {
        identical++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    double accuracy = pages.isEmpty() ? 0 : (double) identical / pages.size();
    return new Scores(precision, recall, f1, accuracy, pages.size(), pages.size() - precisionPages);
  }
}
