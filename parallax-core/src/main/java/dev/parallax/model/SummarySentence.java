package dev.parallax.model;

import java.util.List;

/**
 * One sentence of a briefing summary: the text of its first citation (verbatim, or with only a
 * leading connective dropped, which the grounding check proves), and every source
 * sentence that says exactly the same.
 */
public record SummarySentence(String text, List<Citation> citations) {
  public SummarySentence {
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a summary sentence needs at least one citation: " + text);
    }
    citations = List.copyOf(citations);
  }
}
