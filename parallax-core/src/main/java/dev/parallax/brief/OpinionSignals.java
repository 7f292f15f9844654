package dev.parallax.brief;

import dev.parallax.text.Words;
import java.util.List;
import java.util.Set;

/**
 * How much an article reads as opinion rather than reporting: loaded words from a lexicon we wrote,
 * first- and second-person pronouns, exclamations and questions, per 100 words. A plain report
 * scores near 0; a polemical rewrite scores several points.
 */
final class OpinionSignals {
  /** Words that judge rather than report. Written for Parallax; extend with care. */
  private static final Set<String> LOADED = Set.of(
      "shameful", "disgraceful", "disastrous", "outrageous", "scandalous", "absurd", "ridiculous",
      "pathetic", "incompetent", "reckless", "farce", "fiasco", "debacle", "betrayal", "arrogant",
      "so-called", "finally", "shocking", "appalling", "catastrophic", "insult", "insulting",
      "laughable", "spineless", "cynical", "clueless", "botched", "stunning", "astonishing",
      "unforgivable", "hypocrisy", "hypocritical", "outrage", "sham", "mess", "chaos", "chaotic",
      "heroic", "brave", "triumph", "glorious", "disaster", "blunder", "folly", "scandal");
  private static final Set<String> PERSONAL = Set.of("i", "we", "us", "our", "ours", "you", "your", "my");

  private OpinionSignals() {}

  /** Loaded words, personal pronouns, '!' and '?' per 100 words of {@code text} outside quotes. */
  static double score(String text) {
    String unquoted = text.replaceAll("[\"“][^\"”]*[\"”]", " ");
    List<String> tokens = Words.tokens(unquoted);
    if (tokens.isEmpty()) {
      return 0;
    }
    long hits = tokens.stream().filter(t -> LOADED.contains(t) || PERSONAL.contains(t)).count();
    hits += unquoted.chars().filter(c -> c == '!' || c == '?').count();
    return 100.0 * hits / tokens.size();
  }

  /**
   * Whether an article's text reads as opinion: about 2.5 signals per 100 words, loaded words among
   * them. Questions and "you" alone make an explainer ("Why was the bridge closed?"), not opinion.
   */
  static boolean isOpinion(String text) {
    return score(text) >= 2.5 && loadedPer100(text) >= 0.4;
  }

  private static double loadedPer100(String text) {
    List<String> tokens = Words.tokens(text.replaceAll("[\"“][^\"”]*[\"”]", " "));
    return tokens.isEmpty() ? 0 : 100.0 * tokens.stream().filter(LOADED::contains).count() / tokens.size();
  }
}
