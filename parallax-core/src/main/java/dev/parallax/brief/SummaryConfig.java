package dev.parallax.brief;

/**
 * How long a summary may be.
 *
 * @param minSentences the fewest sentences to pick when the story has that many candidates (3)
 * @param maxSentences the most sentences to pick (6)
 * @param maxWords     the word budget (130: a briefing's short summary)
 */
public record SummaryConfig(int minSentences, int maxSentences, int maxWords) {
  public static final SummaryConfig DEFAULT = new SummaryConfig(3, 6, 130);

  public SummaryConfig {
    if (minSentences < 1 || maxSentences < minSentences || maxWords < 1) {
      throw new IllegalArgumentException(
          "need 1 <= minSentences <= maxSentences and maxWords >= 1, got "
              + minSentences + ", " + maxSentences + ", " + maxWords);
    }
  }
}
