package dev.parallax.model;

import java.util.Objects;

/**
 * The language an article's text is written in, as a language identifier judged it.
 *
 * @param code       ISO 639-1 code when the language has one ("en", "fr", "zh"), else ISO 639-3 ("ceb")
 * @param confidence 0..1, the identifier's probability for it (long clean text scores near 1; a few
 *                   words much lower)
 */
public record DetectedLanguage(String code, double confidence) {
  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }
}
