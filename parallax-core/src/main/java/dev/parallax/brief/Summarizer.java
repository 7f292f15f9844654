package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Citation;
import dev.parallax.model.Sentence;
import dev.parallax.model.Story;
import dev.parallax.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The extractive multi-document summary of a story: source sentences (verbatim, or without a leading
 * connective, see {@link SentenceCompressor}) chosen by concept
 * coverage ({@link SummarySelector}), each citing every article that carries the same sentence.
 * Thread-safe.
 */
public final class Summarizer {
  private final SummaryConfig config;

  public Summarizer(SummaryConfig config) {
    this.config = config;
  }

  /** The summary in selection order: the most informative sentence first. */
  public List<SummarySentence> summarize(Story story) {
    return summarize(StoryArticles.of(story));
  }

  List<SummarySentence> summarize(StoryArticles articles) {
    List<SummarySentence> out = new ArrayList<>();
    for (SummarySelector.Candidate c : new SummarySelector(config).select(articles.independent(), articles.opinion())) {
      AnalyzedArticle article = articles.independent().get(c.article());
      List<Citation> citations = new ArrayList<>();
      citations.add(citation(article, c.sentence()));
      citations.addAll(sameSentenceElsewhere(c.text(), article, articles.ordered()));
      out.add(new SummarySentence(c.text(), citations));
    }
    return out;
  }

  /** Every other article's identical sentence (datelines aside, compressed alike): copies and shared wire text. */
  private static List<Citation> sameSentenceElsewhere(String text, AnalyzedArticle from, List<AnalyzedArticle> all) {
    List<Citation> out = new ArrayList<>();
    for (AnalyzedArticle other : all) {
      if (other == from) {
        continue;
      }
      for (Sentence s : SummaryUnits.of(other)) {
        if (SentenceCompressor.compress(s).equals(text)) {
          out.add(citation(other, s));
          break;
        }
      }
    }
    return out;
  }

  static Citation citation(AnalyzedArticle a, Sentence s) {
    return new Citation(a.id(), a.article().source(), s.index(), s.start(), s.end());
  }
}
