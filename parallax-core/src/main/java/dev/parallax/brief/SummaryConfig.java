package dev.parallax.brief;

/**
 * How long a summary may be.
 *
 * @param minSentences the fewest sentences to pick when the story has that many candidates
 * @param maxSentences the most sentences to pick
 * @param maxWords     the word budget
 * @param fillBudget   whether the last sentence may run past the budget, for scorers that cut a
 *                     summary at exactly {@code maxWords} (DUC's ROUGE setting): stopping short
 *                     would give away recall
 */
public record SummaryConfig(int minSentences, int maxSentences, int maxWords, boolean fillBudget) {
  /** A briefing's short summary: 3 to 6 sentences, about 130 words. */
  public static final SummaryConfig DEFAULT = new SummaryConfig(3, 6, 130, false);

  public SummaryConfig {
    if (minSentences < 1 || maxSentences < minSentences || maxWords < 1) {
      throw new IllegalArgumentException(
          "need 1 <= minSentences <= maxSentences and maxWords >= 1, got "
              + minSentences + ", " + maxSentences + ", " + maxWords);
    }
  }

  /** A summary that fills exactly {@code words} words once cut, as ROUGE's {@code -l} does. */
  public static SummaryConfig wordBudget(int words) {
    return new SummaryConfig(1, 100, words, true);
  }

  /** A summary of whole sentences and at most {@code words} words, for scorers that do not cut (MultiLing). */
  public static SummaryConfig atMostWords(int words) {
    return new SummaryConfig(1, 100, words, false);
  }
}
