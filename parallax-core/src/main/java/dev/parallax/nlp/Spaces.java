package dev.parallax.nlp;

/** Whitespace as scraped text has it: Java's whitespace plus no-break and other Unicode spaces. */
final class Spaces {
  private Spaces() {}

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
