package dev.parallax.brief;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of an article a summary may be made of: its sentences (without a dateline),
 * except that a quote running over several sentences of one paragraph is one piece, spanning from
 * its first sentence to the one that closes it. A sentence holding only part of such a quote reads
 * wrong on its own ("Mr Varga said: \"The pier is unsafe.") and a sentence inside it would read as
 * the outlet's own claim; the whole quote reads right and is still verbatim at one span.
 */
final class SummaryUnits {
  /** Longer runs are rarely one quote: more often a stray or missing quotation mark. */
  private static final int MAX_QUOTE_SENTENCES = 4;

  private SummaryUnits() {}

  /**
   * The article's pieces in order; a multi-sentence quote is one {@link Sentence} spanning its
   * sentences (index of the first, text exactly the body between). Sentences of a quote that is not
   * closed within its paragraph and {@value #MAX_QUOTE_SENTENCES} sentences stay single.
   */
  static List<Sentence> of(AnalyzedArticle article) {
    String body = article.article().body();
    List<Sentence> sentences = article.sentences().stream().map(Datelines::strip).toList();
    List<Sentence> out = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      Sentence first = sentences.get(i);
      int last = opensQuote(first.text()) ? closingSentence(sentences, i, body) : -1;
      if (last < 0) {
        out.add(first);
        i++;
      } else {
        Sentence end = sentences.get(last);
        out.add(new Sentence(first.index(), first.start(), end.end(), body.substring(first.start(), end.end())));
        i = last + 1;
      }
    }
    return out;
  }

  /**
   * Whether {@code text} leaves a quotation open: more “ than ”, or an odd number of straight marks
   * of which the last opens (a space or the start before it, a word after it) rather than closes one
   * a sentence before opened.
   */
  private static boolean opensQuote(String text) {
    long open = text.chars().filter(c -> c == '“').count();
    long close = text.chars().filter(c -> c == '”').count();
    if (open != close) {
      return open > close;
    }
    long straight = text.chars().filter(c -> c == '"').count();
    int last = text.lastIndexOf('"');
    return straight % 2 == 1 && last + 1 < text.length() && !Character.isWhitespace(text.charAt(last + 1))
        && (last == 0 || Character.isWhitespace(text.charAt(last - 1)) || "(—–-:".indexOf(text.charAt(last - 1)) >= 0);
  }

  /** The index of the sentence that closes the quote opened in sentence {@code from}, or -1. */
  private static int closingSentence(List<Sentence> sentences, int from, String body) {
    for (int j = from + 1; j < sentences.size() && j - from < MAX_QUOTE_SENTENCES; j++) {
      if (body.substring(sentences.get(j - 1).end(), sentences.get(j).start()).indexOf('\n') >= 0) {
        return -1; // a paragraph ends inside the quote: news reopens it on the next one, so it is no unit
      }
      String joined = body.substring(sentences.get(from).start(), sentences.get(j).end());
      if (SentenceFilter.quotesBalanced(joined)) {
        return j;
      }
    }
    return -1;
  }
}
