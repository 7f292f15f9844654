package dev.parallax.nlp;

import dev.parallax.model.Article;
import dev.parallax.model.NumberMention;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.Sentence;
import dev.parallax.model.TimeAnchor;
import dev.parallax.model.TimeMention;
import dev.parallax.time.InferredDate;
import dev.parallax.time.NumberTagger;
import dev.parallax.time.Quantity;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimeTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time expressions and numbers of an article body, each with the sentence it is in. Times are
 * resolved against the publication date or, for an undated article, a date inferred from its text
 * (marked inferred, with its confidence). Stateless and thread-safe.
 */
public final class TimesAndNumbers {
  private static final TimeTagger TIME_TAGGER = new TimeTagger();
  private static final NumberTagger NUMBER_TAGGER = new NumberTagger(TIME_TAGGER);

  /** What was found in one article. */
  public record Found(List<TimeMention> times, List<NumberMention> numbers, Optional<TimeAnchor> anchor) {
    public Found {
      times = List.copyOf(times);
      numbers = List.copyOf(numbers);
    }
  }

  /** Times and numbers of {@code article}, without the verbs the times date (no tokens at hand). */
  public Found find(Article article, List<Sentence> sentences) {
    return find(article, sentences, List.of());
  }

  /** Times (with the verb each dates, read from the sentences' tagged tokens) and numbers. */
  Found find(Article article, List<Sentence> sentences, List<List<Token>> tokens) {
    String body = article.body();
    Optional<TimeAnchor> anchor = anchor(article, body);
    List<TimeExpression> expressions = TIME_TAGGER.tag(body, anchor.map(TimeAnchor::date));
    List<TimeMention> times = new ArrayList<>();
    for (TimeExpression t : expressions) {
      int sentence = sentenceOf(sentences, t.start(), t.end());
      if (sentence >= 0) {
        List<Token> words = sentence < tokens.size() ? tokens.get(sentence) : List.of();
        times.add(new TimeMention(sentence, t, DatedVerb.of(words, t, expressions)));
      }
    }
    List<NumberMention> numbers = new ArrayList<>();
    for (Quantity q : NUMBER_TAGGER.tag(body, expressions)) {
      int sentence = sentenceOf(sentences, q.start(), q.end());
      if (sentence >= 0) {
        numbers.add(new NumberMention(sentence, q));
      }
    }
    return new Found(times, numbers, anchor);
  }

  private static Optional<TimeAnchor> anchor(Article article, String body) {
    if (article.published().isPresent()) {
      PublicationDate p = article.published().get();
      return Optional.of(new TimeAnchor(p.date(), false, p.confidence(), p.evidence()));
    }
    Optional<InferredDate> inferred = TIME_TAGGER.inferAnchor(body);
    return inferred.map(i -> new TimeAnchor(i.date(), true, i.confidence(), i.evidence()));
  }

  /** The index of the sentence holding [start, end), or -1 when no sentence holds it whole. */
  private static int sentenceOf(List<Sentence> sentences, int start, int end) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Sentence s = sentences.get(mid);
      if (end <= s.start()) {
        high = mid - 1;
      } else if (start >= s.end()) {
        low = mid + 1;
      } else {
        return start >= s.start() && end <= s.end() ? s.index() : -1;
      }
    }
    return -1;
  }
}
