package dev.parallax.eval.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article extractor under test: page HTML in, article text (and what metadata it finds) out.
 * Implementations are thread-safe: benchmarks extract pages on several threads at once.
 */
public interface PageExtractor {
  /** The name shown in result tables. */
  String name();

  /**
   * The article in {@code html}; an empty text when the extractor finds none.
   *
   * @param url the page's URL when known (some extractors resolve links with it), else ""
   */
  Extracted extract(String html, String url) throws Exception;

  /** What an extractor returned for one page. */
  record Extracted(String text, Optional<LocalDate> published, List<String> authors) {
    public Extracted {
      text = text == null ? "" : text;
      published = published == null ? Optional.empty() : published;
      authors = authors == null ? List.of() : List.copyOf(authors);
    }

    static Extracted textOnly(String text) {
      return new Extracted(text, Optional.empty(), List.of());
    }
  }
}
