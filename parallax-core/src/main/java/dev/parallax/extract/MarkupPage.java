package dev.parallax.extract;

import java.util.List;

/**
 * What a marked-up document (an HTML page, a newswire SGML record) gave before line cleaning.
 *
 * @param metadata  metadata from the markup
 * @param blocks    the article's text blocks (paragraphs, subheadings, quotes) in document order
 * @param stubLines short texts outside the content that may be bylines, date stubs or copyright
 *                  lines ("Published 3 February 2026 | By Hal Brennan", "© 2026 Kestrel Daily")
 */
record MarkupPage(PageMetadata metadata, List<String> blocks, List<String> stubLines) {
  MarkupPage {
    blocks = List.copyOf(blocks);
    stubLines = List.copyOf(stubLines);
  }
}
