package dev.parallax.eval;

import dev.parallax.brief.SummaryConfig;
import dev.parallax.brief.Summarizer;
import dev.parallax.dedup.CopyDetector;
import dev.parallax.eval.duc.Cluster;
import dev.parallax.eval.duc.DucDocument;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Story;
import dev.parallax.model.SummarySentence;
import dev.parallax.nlp.TextAnalyzer;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parallax's summarizer as an evaluation sees it: a cluster of documents in, the summary out as
 * plain text, one sentence per line, most informative first (so a scorer's word cut drops the least
 * useful words). Documents go through the same stages as in a briefing: the page cleaner, the
 * analysis, copy detection, then {@link Summarizer} at the given word budget. Thread-safe.
 */
public final class ParallaxSummarizer implements Function<Cluster, String> {
  private final Summarizer summarizer;
  private final boolean cleanPages;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final ThreadLocal<TextAnalyzer> analyzer = ThreadLocal.withInitial(TextAnalyzer::new);

  /**
   * @param words      the word budget; the last sentence may run past it (the scorer cuts)
   * @param cleanPages whether documents are scraped pages to clean first (Multi-News), rather than
   *                   clean newswire text (DUC)
   */
  public ParallaxSummarizer(int words, boolean cleanPages) {
    this(SummaryConfig.wordBudget(words), cleanPages);
  }

  /**
   * @param config     the summary length rule (e.g. {@link SummaryConfig#atMostWords} when the scorer does not cut)
   * @param cleanPages whether documents are scraped pages to clean first
   */
  public ParallaxSummarizer(SummaryConfig config, boolean cleanPages) {
    this.summarizer = new Summarizer(config);
    this.cleanPages = cleanPages;
  }

  @Override
  public String apply(Cluster cluster) {
    return summarizer.summarize(story(cluster)).stream()
        .map(SummarySentence::text)
        .map(s -> s.replaceAll("\\s+", " "))
        .collect(Collectors.joining("\n"));
  }

  /** The cluster as the story a briefing would build: cleaned if asked, analysed, copies found. */
  public Story story(Cluster cluster) {
    List<AnalyzedArticle> analyzed = cluster.documents().parallelStream()
        .flatMap(d -> article(cluster, d).stream())
        .map(a -> analyzer.get().analyze(a))
        .toList();
    if (analyzed.isEmpty()) {
      // No document passes as an article: summarise the raw texts rather than nothing.
      analyzed = cluster.documents().stream().map(d -> analyzer.get().analyze(raw(cluster, d))).toList();
    }
    return new Story(cluster.id(), analyzed, new CopyDetector().detect(analyzed));
  }

  /**
   * The document as an article: cleaned as a scraped page when asked (empty when no article text
   * survives, e.g. a platform notice scraped instead of a story), else taken as it is.
   */
  private Optional<Article> article(Cluster cluster, DucDocument d) {
    if (!cleanPages) {
      return Optional.of(raw(cluster, d));
    }
    String source = cluster.id() + "/" + d.docno();
    try {
      return Optional.of(extractor.extract(
          new RawDocument(source, RawDocument.Format.TEXT, String.join("\n\n", d.paragraphs()), DeclaredMetadata.NONE)));
    } catch (ExtractionException e) {
      return Optional.empty();
    }
  }

  private static Article raw(Cluster cluster, DucDocument d) {
    String source = cluster.id() + "/" + d.docno();
    return new Article(Article.idFor(source), source, Optional.empty(), d.headline(), Optional.empty(),
        d.date().map(date -> new PublicationDate(date, "dataset", 1.0)), List.of(), String.join("\n\n", d.paragraphs()));
  }
}
