package dev.parallax.eval.nlp;

import dev.parallax.model.AnalyzedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Sentence;
import dev.parallax.nlp.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentences per second of OpenNLP's tokenizer plus part-of-speech tagger alone, on the sentences
 * the analyzer finds: compared with {@link Throughput} it tells how much of the analyzer's time
 * the tagging takes.
 */
public final class TaggerThroughput {
  private TaggerThroughput() {}

  /** Tokenises and tags the sentences of {@code articles} on one thread for at least {@code minSeconds}. */
  public static Throughput measure(List<Article> articles, double minSeconds) {
    List<String> sentences = new ArrayList<>();
    TextAnalyzer analyzer = new TextAnalyzer();
    for (Article a : articles) {
      AnalyzedArticle analyzed = analyzer.analyze(a);
      analyzed.sentences().stream().map(Sentence::text).forEach(sentences::add);
    }
    TokenizerModel tokenizerModel = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    POSModel posModel = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    TokenizerME tokenizer = new TokenizerME(tokenizerModel);
    POSTaggerME tagger = new POSTaggerME(posModel);
    for (String s : sentences) {
      tagger.tag(tokenizer.tokenize(s)); // warm-up
    }
    long count = 0;
    long started = System.nanoTime();
    long cpuStarted = Throughput.cpuNanos();
    do {
      for (String s : sentences) {
        tagger.tag(tokenizer.tokenize(s));
        count++;
      }
    } while ((System.nanoTime() - started) / 1e9 < minSeconds);
    return new Throughput(1, articles.size(), count, (System.nanoTime() - started) / 1e9,
        (Throughput.cpuNanos() - cpuStarted) / 1e9);
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = TaggerThroughput.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
