package dev.parallax.eval.nlp;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.ingest.InputReader;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The articles of ordinary input files (.txt, .html, .jsonl), read and extracted as the pipeline does. */
public final class CorpusArticles {
  private CorpusArticles() {}

  /** The articles that could be read and extracted from {@code paths}; the others are skipped. */
  public static List<Article> read(List<Path> paths) {
    ArticleExtractor extractor = new ArticleExtractor();
    List<Article> articles = new ArrayList<>();
    for (RawDocument document : new InputReader().read(paths).documents()) {
      try {
        articles.add(extractor.extract(document));
      } catch (ExtractionException e) {
        // not an article: nothing to analyse
      }
    }
    return articles;
  }

  /** The articles of an annotated set, as the pipeline would see them. */
  public static List<Article> of(List<AnnotatedStory> stories) {
    List<Article> articles = new ArrayList<>();
    for (AnnotatedStory story : stories) {
      story.articles().forEach(a -> articles.add(NlpEval.asArticle(story, a)));
    }
    return articles;
  }
}
