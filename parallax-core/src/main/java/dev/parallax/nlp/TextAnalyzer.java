package dev.parallax.nlp;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds sentences, entity mentions and quotes in an article body.
 *
 * <p>The OpenNLP models are loaded once per JVM and shared, but the OpenNLP tools built from them
 * are not thread-safe: an instance of this class is for one thread at a time. Create one per
 * worker thread; creating one is cheap once the models are loaded.
 */
public final class TextAnalyzer {
  private final SentenceSplitter sentenceSplitter;
  private final TokenTagger tokenTagger;
  private final MentionFinder mentionFinder;
  private final QuoteFinder quoteFinder;
  private final TimesAndNumbers timesAndNumbers = new TimesAndNumbers();

  /** An analyzer with the bundled English models and gazetteer. */
  public TextAnalyzer() {
    this.sentenceSplitter = new SentenceSplitter();
    this.tokenTagger = new TokenTagger();
    this.mentionFinder = new MentionFinder();
    this.quoteFinder = new QuoteFinder();
  }

  /**
   * Splits the article's body into sentences, finds the names in it, the quotes with their
   * speakers, the time expressions (normalised against the publication date, or an inferred one)
   * and the numbers. All offsets point into {@link Article#body()}.
   */
  public AnalyzedArticle analyze(Article article) {
    String body = article.body();
    List<Sentence> sentences = sentenceSplitter.split(body);
    List<List<Token>> tokens = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      tokens.add(tokenTagger.tag(sentence));
    }
    List<Mention> mentions = mentionFinder.find(body, tokens);
    List<Quote> quotes = quoteFinder.find(body, sentences, mentions);
    TimesAndNumbers.Found found = timesAndNumbers.find(article, sentences, tokens);
    return new AnalyzedArticle(article, sentences, mentions, quotes, found.times(), found.numbers(), found.anchor());
  }
}
