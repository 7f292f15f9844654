package dev.parallax.eval.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads one annotated article written in Parallax's inline markup, so that annotators never count
 * offsets by hand: the parser removes the markup and computes the offsets into the plain body.
 *
 * <pre>
 * # title: Ferry operator suspends night crossings
 * # outlet: Velm Courier
 *
 * [[Corrin Bay Ferries|cbf]] said on Monday ... “{{renfrew|We will not sail blind,}}” said
 * [[Tobias Renfrew|renfrew]]. ... ``{{-|Nobody told us anything at all}}''
 * </pre>
 *
 * <ul>
 *   <li>Header lines {@code # name: value} come first ({@code title} is used); the body starts
 *       after the blank line that follows them. Paragraphs are separated by a blank line.</li>
 *   <li>{@code [[surface|key]]}: a name; {@code surface} is the text exactly as it stands in the
 *       body (without a possessive {@code 's}), {@code key} the story entity it refers to.</li>
 *   <li>{@code {{key|words}}}: quoted speech, placed inside the quotation marks, so the span is
 *       the quoted words without the marks. {@code key} is the speaker's entity, or {@code -} when
 *       the text does not say who spoke. Quotes may contain names; they do not nest.</li>
 * </ul>
 */
public final class AnnotationParser {
  private AnnotationParser() {}

  /** Parses the article {@code id} from its marked-up {@code source}. */
  public static AnnotatedArticle parse(String id, String source) {
    String text = source.replace("\r\n", "\n");
    String title = id;
    int p = 0;
    while (p < text.length() && text.startsWith("# ", p)) {
      int eol = text.indexOf('\n', p);
      String line = text.substring(p + 2, eol < 0 ? text.length() : eol);
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equals("title")) {
        title = line.substring(colon + 1).strip();
      }
      p = eol < 0 ? text.length() : eol + 1;
    }
    while (p < text.length() && text.charAt(p) == '\n') {
      p++;
    }
    String marked = text.substring(p).stripTrailing();
    StringBuilder body = new StringBuilder();
    List<GoldMention> mentions = new ArrayList<>();
    List<GoldQuote> quotes = new ArrayList<>();
    Deque<Object[]> openQuotes = new ArrayDeque<>();
    int i = 0;
    while (i < marked.length()) {
      if (marked.startsWith("[[", i)) {
        int close = marked.indexOf("]]", i);
        if (close < 0) {
          throw error(id, marked, i, "unclosed [[");
        }
        String inner = marked.substring(i + 2, close);
        int bar = inner.lastIndexOf('|');
        if (bar <= 0 || bar == inner.length() - 1 || inner.contains("[[") || inner.contains("{{")) {
          throw error(id, marked, i, "mention must be [[surface|key]]: " + inner);
        }
        String surface = inner.substring(0, bar);
        int start = body.length();
        body.append(surface);
        mentions.add(new GoldMention(start, body.length(), surface, inner.substring(bar + 1).strip()));
        i = close + 2;
      } else if (marked.startsWith("{{", i)) {
        int bar = marked.indexOf('|', i);
        if (bar < 0 || bar - i > 40) {
          throw error(id, marked, i, "quote must start {{key|");
        }
        if (!openQuotes.isEmpty()) {
          throw error(id, marked, i, "quotes do not nest");
        }
        openQuotes.push(new Object[] {marked.substring(i + 2, bar).strip(), body.length()});
        i = bar + 1;
      } else if (marked.startsWith("}}", i)) {
        if (openQuotes.isEmpty()) {
          throw error(id, marked, i, "}} without {{");
        }
        Object[] open = openQuotes.pop();
        String key = (String) open[0];
        int start = (Integer) open[1];
        quotes.add(new GoldQuote(start, body.length(), body.substring(start),
            key.equals("-") ? Optional.empty() : Optional.of(key)));
        i += 2;
      } else {
        body.append(marked.charAt(i));
        i++;
      }
    }
    if (!openQuotes.isEmpty()) {
      throw new IllegalArgumentException(id + ": unclosed {{ quote");
    }
    quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new AnnotatedArticle(id, title, body.toString(), mentions, quotes);
  }

  private static IllegalArgumentException error(String id, String marked, int at, String message) {
    int line = 1;
    for (int k = 0; k < at; k++) {
      if (marked.charAt(k) == '\n') {
        line++;
      }
    }
    return new IllegalArgumentException(id + ": body line " + line + ": " + message);
  }
}
