package dev.parallax.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a character stream, each at most {@code maxChars} long: a longer line is not kept in memory but
 * skipped to its end and reported as too long, so one runaway record on standard input cannot exhaust the heap.
 * A line ends at {@code \n}; a {@code \r} before it is dropped.
 */
final class BoundedLines {
  /** One line: its text, or, when it was longer than the bound, null text and its length. */
  record Line(String text, long length) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(line, length) : null;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int run = position - start;
      if (line != null && length + run <= maxChars + 1L) { // one more for a '\r' before the end
        line.append(buffer, start, run);
      } else {
        line = null; // too long: count the rest, keep nothing
      }
      length += run;
      if (position < limit) {
        position++; // the '\n'
        return finish(line, length);
      }
    }
  }

  private Line finish(StringBuilder line, long length) {
    if (line != null && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
      length--;
    }
    if (line == null || length > maxChars) {
      return new Line(null, length);
    }
    return new Line(line.toString(), length);
  }
}
