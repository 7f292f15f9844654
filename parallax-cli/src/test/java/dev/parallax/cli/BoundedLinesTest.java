package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  private static List<BoundedLines.Line> all(Reader in, int max) throws IOException {
    BoundedLines lines = new BoundedLines(in, max);
    List<BoundedLines.Line> out = new ArrayList<>();
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      out.add(line);
    }
    return out;
  }

  @Test
  void lines_upToTheBound_areKept_longerOnesSkippedWithTheirLength_andTheNextLineIsWhole() throws IOException {
    List<BoundedLines.Line> lines = all(new StringReader("abcde\r\nabcdef\n\nxy\r\nlast"), 5);

    assertThat(lines).containsExactly(new BoundedLines.Line("abcde", 5), new BoundedLines.Line(null, 6),
        new BoundedLines.Line("", 0), new BoundedLines.Line("xy", 2), new BoundedLines.Line("last", 4));
    assertThat(lines.get(1).tooLong()).isTrue();
  }

  @Test
  void aLineLongerThanTheBufferAndTheBound_isCountedWithoutBeingKept() throws IOException {
    String huge = "x".repeat(100_000);

    List<BoundedLines.Line> lines = all(new StringReader(huge + "\nok\n"), 1_000);

    assertThat(lines).containsExactly(new BoundedLines.Line(null, 100_000), new BoundedLines.Line("ok", 2));
  }

  @Test
  void emptyStream_hasNoLines_andAFinalNewlineMakesNoEmptyLine() throws IOException {
    assertThat(all(new StringReader(""), 5)).isEmpty();
    assertThat(all(new StringReader("a\n"), 5)).containsExactly(new BoundedLines.Line("a", 1));
  }

  @Test
  void aReaderGivingOneCharacterAtATime_givesTheSameLines() throws IOException {
    Reader trickle = new Reader() {
      private final StringReader in = new StringReader("ab\r\ncd\nefghij\nk");

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        return in.read(buffer, offset, Math.min(1, length));
      }

      @Override
      public void close() {}
    };

    assertThat(all(trickle, 4)).containsExactly(new BoundedLines.Line("ab", 2), new BoundedLines.Line("cd", 2),
        new BoundedLines.Line(null, 6), new BoundedLines.Line("k", 1));
  }
}
