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
        times.add(new TimeMention(sentence, t, verbOf(words, t, expressions)));
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

  /**
   * The verb the expression dates: the nearest verb before it in its sentence ("reopen by year's
   * end", "arrested Monday"), else the first after it ("died late Thursday" has one before;
   * "Yesterday voted" would take the one after), but only when at most {@value #MAX_GAP} words
   * stand between them: function words and at most one common noun, the verb's object ("resume
   * sailings on Saturday"). A name, number, other pronoun or a second noun between, or a noun right
   * after a year it modifies, means the expression belongs to a noun ("clauses in the 1964
   * charter", "growth of 2.5 percent in 1999", "In 1978, 20 people died"), and another time
   * expression between means the verb dates that one ("walk out on Friday until Sunday"): the
   * expression then gets no verb.
   */
  private static Optional<String> verbOf(List<Token> words, TimeExpression t, List<TimeExpression> all) {
    int before = -1;
    int after = -1;
    for (int i = 0; i < words.size(); i++) {
      Token w = words.get(i);
      if (w.end() <= t.start() && isVerb(w)) {
        before = i;
      } else if (w.start() >= t.end() && after < 0 && isVerb(w)) {
        after = i;
      }
    }
    if (modifiesNoun(words, t)) {
      return Optional.empty();
    }
    for (int v : new int[] {before, after}) {
      if (v >= 0 && onlyFunctionWordsBetween(words, words.get(v), t)
          && all.stream().noneMatch(o -> o != t && o.start() >= Math.min(words.get(v).end(), t.end())
              && o.end() <= Math.max(words.get(v).start(), t.start()))) {
        return Optional.of(words.get(v).text());
      }
    }
    return Optional.empty();
  }

  private static final int MAX_GAP = 4;
  private static final java.util.Set<String> CONTENT_TAGS = java.util.Set.of("PROPN", "NUM", "PRON", "VERB");
  private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("its", "their", "his", "her", "our", "my",
      "your");

  private static boolean onlyFunctionWordsBetween(List<Token> words, Token verb, TimeExpression t) {
    int from = Math.min(verb.end(), t.end());
    int to = Math.max(verb.start(), t.start());
    int gap = 0;
    int nouns = 0;
    for (Token w : words) {
      if (w.start() >= from && w.end() <= to) {
        boolean possessive = POSSESSIVES.contains(w.text().toLowerCase(java.util.Locale.ROOT));
        nouns += w.tag().equals("NOUN") ? 1 : 0;
        if (++gap > MAX_GAP || nouns > 1 || CONTENT_TAGS.contains(w.tag()) && !possessive
            || CLAUSE_END.contains(w.text()) || w.text().equals(",")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * "the 1964 charter", "a 1975 civil war", "Wednesday's ruling": a year right before a noun, or any
   * expression with a possessive, describes the noun.
   */
  private static boolean modifiesNoun(List<Token> words, TimeExpression t) {
    for (Token w : words) {
      if (w.start() >= t.end()) {
        boolean possessive = w.start() == t.end() && (w.text().equals("'s") || w.text().equals("’s"));
        return possessive || t.value().matches("\\d{4}") && (w.tag().equals("NOUN") || w.tag().equals("ADJ"))
            && w.start() - t.end() <= 1;
      }
    }
    return false;
  }

  /**
   * Scheduling verbs the tagger often reads as plural nouns ("the terminal opens on 3 May"); a
   * word of this list is taken as a verb when tagged as a noun.
   */
  private static final java.util.Set<String> SCHEDULING_VERBS = java.util.Set.of("opens", "reopens", "closes",
      "meets", "begins", "starts", "ends", "resumes", "arrives", "leaves", "returns", "launches", "sails", "departs");

  private static boolean isVerb(Token w) {
    return w.tag().equals("VERB") || w.tag().equals("NOUN") && SCHEDULING_VERBS.contains(w.text().toLowerCase(java.util.Locale.ROOT));
  }

  /** Punctuation that ends the clause an expression opens. */
  private static final java.util.Set<String> CLAUSE_END = java.util.Set.of(":", ";", "(", ")", "—", "–");
}
