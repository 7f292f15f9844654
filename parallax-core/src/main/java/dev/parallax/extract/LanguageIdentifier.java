package dev.parallax.extract;

import dev.parallax.model.DetectedLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies the language of a text with OpenNLP's language detector (character n-grams, 103
 * languages, the {@code opennlp-models-langdetect} model). Thread-safe: the model is read once and
 * shared, each call builds its own detector.
 */
final class LanguageIdentifier {
  private LanguageIdentifier() {}

  static final String MODEL = "langdetect-183.bin";

  /** The start of a body is enough to tell its language, and the detector's cost grows with length. */
  static final int SAMPLE_CHARS = 400;
  /** Fewer letters than this say too little about a language. */
  static final int MIN_LETTERS = 20;
  /** The best language must beat the runner-up by this factor, else the text is undecided. */
  static final double MIN_LEAD = 1.2;

  /** The language of {@code text}, when it has enough letters and one language clearly leads. */
  static Optional<DetectedLanguage> identify(String text) {
    String sample = sample(text);
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
    if (ranked.length == 0) {
      return Optional.empty();
    }
    Language best = ranked[0];
    if (ranked.length > 1 && best.getConfidence() < ranked[1].getConfidence() * MIN_LEAD) {
      return Optional.empty();
    }
    double confidence = Math.max(0, Math.min(1, best.getConfidence()));
    return Optional.of(new DetectedLanguage(iso639(best.getLang()), Math.round(confidence * 1000) / 1000.0));
  }

  /** The first {@link #SAMPLE_CHARS} characters of {@code text}, cut at a space. */
  private static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
    return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
  }

  /** ISO 639-3 codes Java's locales do not map to a two-letter code: individual languages of macrolanguages. */
  private static final Map<String, String> INDIVIDUAL_TO_MACRO =
      Map.of("cmn", "zh", "pes", "fa", "lvs", "lv", "ekk", "et", "plt", "mg", "zsm", "ms", "swh", "sw", "arb", "ar");

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>(INDIVIDUAL_TO_MACRO);
    for (String two : Locale.getISOLanguages()) {
      codes.putIfAbsent(Locale.forLanguageTag(two).getISO3Language(), two);
    }
    return codes;
  }

  /** "eng" -> "en", "cmn" -> "zh"; a code without a two-letter form stays as it is ("ceb"). */
  static String iso639(String threeLetter) {
    return TWO_LETTER.getOrDefault(threeLetter, threeLetter);
  }

  /** Lazy holder: the 10 MB model is read on first use, once. */
  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(LanguageIdentifier.MODEL)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP language model not on the classpath: " + LanguageIdentifier.MODEL);
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP language model " + LanguageIdentifier.MODEL, e);
      }
    }
  }
}
