package dev.parallax.nlp;

import java.util.regex.Pattern;

/**
 * A word or punctuation token of a sentence with its Universal Dependencies part-of-speech tag.
 *
 * @param text     exactly {@code body.substring(start, end)}
 * @param tag      the UD tag (PROPN, NOUN, VERB, PUNCT, ...)
 * @param sentence index of its sentence
 * @param start    body offset of its first character
 * @param end      body offset just past its last character
 */
record Token(String text, String tag, int sentence, int start, int end) {
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{Lu}&]{1,5}\\d?");

  /** "U.N.", "CRA", "G7": capitals, dotted or not. */
  boolean isInitialism() {
    return INITIALISM.matcher(text).matches();
  }

  boolean isHyphen() {
    return text.equals("-") || text.equals("‐");
  }

  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
