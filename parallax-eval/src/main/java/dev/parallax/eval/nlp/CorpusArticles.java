package dev.parallax.eval.nlp;

import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucDocument;
import dev.parallax.eval.duc.DucLayout;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.ingest.InputReader;
import dev.parallax.model.Article;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The articles of ordinary input files (.txt, .html, .jsonl), read and extracted as the pipeline
 * does, and of folders laid out like DUC ({@code docs/} with one SGML file per document).
 */
public final class CorpusArticles {
  private CorpusArticles() {}

  /** The articles that could be read and extracted from {@code paths}; the others are skipped. */
  public static List<Article> read(List<Path> paths) {
    ArticleExtractor extractor = new ArticleExtractor();
    List<Article> articles = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path.resolve("docs"))) {
        articles.addAll(duc(path));
      } else {
        files.add(path);
      }
    }
    for (RawDocument document : new InputReader().read(files).documents()) {
      try {
        articles.add(extractor.extract(document));
      } catch (ExtractionException e) {
        // not an article: nothing to analyse
      }
    }
    return articles;
  }

  /** The documents of a DUC-style folder as clean newswire articles, dated by the set. */
  private static List<Article> duc(Path folder) {
    List<Article> articles = new ArrayList<>();
    for (Cluster cluster : new DucLayout().read(folder)) {
      for (DucDocument d : cluster.documents()) {
        articles.add(article(cluster, d, Optional.empty()));
      }
    }
    return articles;
  }

  /** A DUC-style document as a clean article, source {@code topic/DOCNO}, dated by the set when it can be. */
  public static Article article(Cluster cluster, DucDocument d, Optional<String> outlet) {
    String source = cluster.id() + "/" + d.docno();
    return new Article(Article.idFor(source), source, Optional.empty(), d.headline(), outlet,
        d.date().map(date -> new PublicationDate(date, "dataset", 1.0)), List.of(), d.text());
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
