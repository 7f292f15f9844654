package dev.parallax.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models, read from the classpath once and shared. Models are immutable and
 * thread-safe; the {@code *ME} classes built from them are not, so each user builds its own.
 */
final class NlpModels {
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private NlpModels() {}

  static SentenceModel sentence() {
    return Holder.SENTENCE;
  }

  static TokenizerModel tokenizer() {
    return Holder.TOKENIZER;
  }

  static POSModel pos() {
    return Holder.POS;
  }

  /** Lazy holder: the JVM loads the models on first use, exactly once, without locking later. */
  private static final class Holder {
    static final SentenceModel SENTENCE = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENIZER = load(TOKEN_MODEL, TokenizerModel::new);
    static final POSModel POS = load(POS_MODEL, POSModel::new);
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
