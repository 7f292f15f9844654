package dev.parallax.pipeline;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.ExtractionException;
import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import dev.parallax.nlp.TextAnalyzer;

/**
 * Extraction then analysis of one document, or the reason there is no article: the first stages
 * every pipeline runs per document. Safe to call from several threads.
 */
final class DocumentAnalysis {
  private final ArticleExtractor extractor = new ArticleExtractor();
  // TextAnalyzer holds OpenNLP's per-call state, so each worker thread gets its own.
  private final ThreadLocal<TextAnalyzer> analyzer = ThreadLocal.withInitial(TextAnalyzer::new);

  /** An analysed article, or the failure naming the document and the reason (exactly one is set). */
  record Result(AnalyzedArticle article, InputFailure failure) {}

  Result analyze(RawDocument doc) {
    try {
      return new Result(analyzer.get().analyze(extractor.extract(doc)), null);
    } catch (ExtractionException e) {
      return new Result(null, new InputFailure(doc.source(), e.getMessage()));
    } catch (RuntimeException e) {
      // A defect in one stage must not cost the user the rest of the batch: name it and go on.
      return new Result(null, new InputFailure(doc.source(), "internal error: " + e));
    }
  }
}
