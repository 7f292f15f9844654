package dev.parallax.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A claim several sentences of a story make, with who reports it.
 *
 * @param text    its best phrasing: verbatim the sentence of the first citation
 * @param support every sentence that says it, one per article, best phrasing first
 * @param outlets the independent outlets reporting it (copies add none), sorted
 */
public record Fact(String text, List<Citation> support, List<String> outlets) {
  public Fact {
    if (support.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one supporting sentence: " + text);
    }
    support = List.copyOf(support);
    outlets = List.copyOf(outlets);
  }

  /** Whether only one independent outlet reports it; written to JSON for readers' convenience. */
  @JsonProperty("singleSource")
  public boolean singleSource() {
    return outlets.size() <= 1;
  }
}
