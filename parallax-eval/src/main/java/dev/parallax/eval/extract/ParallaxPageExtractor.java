package dev.parallax.eval.extract;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.util.List;
import java.util.Optional;

/** Parallax's own {@link ArticleExtractor}; a page it rejects (too little text) gives "". */
public final class ParallaxPageExtractor implements PageExtractor {
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Override
  public String name() {
    return "parallax";
  }

  @Override
  public Extracted extract(String html, String url) {
    DeclaredMetadata declared =
        new DeclaredMetadata(Optional.empty(), Optional.ofNullable(url), Optional.empty(), Optional.empty());
    try {
      Article article = extractor.extract(new RawDocument(url == null || url.isEmpty() ? "page" : url,
          RawDocument.Format.HTML, html, declared));
      return new Extracted(article.body(), article.published().map(PublicationDate::date), article.authors());
    } catch (ExtractionException noArticle) {
      return new Extracted("", Optional.empty(), List.of());
    }
  }
}
