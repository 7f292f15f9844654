package dev.parallax.eval.extract;

import com.chimbori.crux.articles.Article;
import com.chimbori.crux.articles.ArticleExtractor;

/** Crux (Chimbori's article extractor), for side-by-side comparison only. */
public final class CruxPageExtractor implements PageExtractor {
  @Override
  public String name() {
    return "Crux 2.1.0";
  }

  @Override
  public Extracted extract(String html, String url) {
    // Crux needs an absolute URL to resolve links; a placeholder does when the page has none.
    String base = url == null || url.isEmpty() ? "http://example.invalid/" : url;
    Article article = ArticleExtractor.with(base, html).extractMetadata().extractContent().article();
    return Extracted.textOnly(article.document == null ? "" : article.document.text());
  }
}
