package dev.parallax.nlp;

import dev.parallax.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits an article body into sentences: OpenNLP's statistical detector per paragraph, then
 * rules for what news text needs and the model gets wrong (titles and abbreviations, initials,
 * quotes that close after the period, ellipses followed by more of the same sentence).
 *
 * <p>Not thread-safe (it owns a {@link SentenceDetectorME}): use one instance per thread.
 */
final class SentenceSplitter {
  /** A blank line: paragraphs are separated by {@code "\n\n"}, maybe with spaces on the blank line. */
  static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");
  private static final Pattern LAST_WORD = Pattern.compile("(\\S+)$");
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{Pi}\"'(\\[`]*([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  private static final Pattern INITIALISM_THEN_WORD =
      Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}\\s+(\\p{Lu}\\p{Ll}*)\\b");
  private static final Pattern DOTTED_INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");
  /**
   * Two sentences glued by a scraper that lost the space: "anything.Thus, the", "fire?\"This". Group 1
   * is the word before the punctuation, group 2 an optional straight quote, group 3 the next word.
   */
  private static final Pattern GLUED_BOUNDARY =
      Pattern.compile("(\\S*\\p{Ll}{2,})[.!?](['\"]?)(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)");
  /** Last labels of a domain written in title case ("Amazon.Com"): a name, not two sentences. */
  private static final Set<String> DOMAIN_ENDINGS = Set.of(
      "Com", "Net", "Org", "Gov", "Edu", "Info", "Biz", "Co", "Uk", "Us", "Ca", "Au", "De", "Fr", "Io", "Tv");

  /** Abbreviations that are (almost) never the last word of a news sentence. */
  private static final Set<String> NON_FINAL_ABBREVIATIONS = Set.of(
      "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Capt.", "Cmdr.", "Sgt.", "Maj.",
      "Adm.", "Gov.", "Sen.", "Rep.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "Det.", "Fr.", "Sr.",
      "Jr.", "St.", "Mt.", "Ft.", "No.", "Nos.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.",
      "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "approx.", "vs.", "e.g.", "i.e.", "cf.", "Vol.", "Art.");

  /** Words that commonly open a sentence: after "U.S." they signal a real boundary. */
  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
      "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "After", "Before",
      "Since", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Some", "Many", "Most",
      "Officials", "Meanwhile", "However", "Still", "Now", "Then", "Last", "Earlier", "Later", "Both");

  private final SentenceDetectorME detector = new SentenceDetectorME(NlpModels.sentence());

  /** The sentences of {@code body}, indexed from 0, never crossing a paragraph break. */
  List<Sentence> split(String body) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraphStart = 0;
    Matcher breaks = PARAGRAPH_BREAK.matcher(body);
    while (true) {
      boolean found = breaks.find();
      int paragraphEnd = found ? breaks.start() : body.length();
      splitParagraph(body, paragraphStart, paragraphEnd, sentences);
      if (!found) {
        return sentences;
      }
      paragraphStart = breaks.end();
    }
  }

  private void splitParagraph(String body, int from, int to, List<Sentence> out) {
    String paragraph = body.substring(from, to);
    if (paragraph.isBlank()) {
      return;
    }
    List<int[]> spans = new ArrayList<>();
    for (Span span : detector.sentPosDetect(paragraph)) {
      spans.add(new int[] {span.getStart(), span.getEnd()});
    }
    if (spans.isEmpty()) {
      spans.add(new int[] {0, paragraph.length()});
    }
    // The detector may leave text between or around its spans; cover the whole paragraph.
    spans.get(0)[0] = 0;
    for (int i = 1; i < spans.size(); i++) {
      spans.get(i - 1)[1] = spans.get(i)[0];
    }
    spans.get(spans.size() - 1)[1] = paragraph.length();
    splitGluedSentences(paragraph, spans);
    splitAfterInitialisms(paragraph, spans);
    moveClosingQuotesBack(paragraph, spans);
    mergeFalseBoundaries(paragraph, spans);
    for (int[] span : spans) {
      int start = span[0];
      int end = span[1];
      while (start < end && Spaces.isSpace(paragraph.charAt(start))) {
        start++;
      }
      while (end > start && Spaces.isSpace(paragraph.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new Sentence(out.size(), from + start, from + end, paragraph.substring(start, end)));
      }
    }
  }

  /**
   * "... anything.Thus, the ...": scraped text that lost the space after a sentence's end. Split
   * after the punctuation (and after a quote mark that closes the left sentence), unless the left
   * word is an abbreviation or part of a domain, URL or e-mail address ("www.site.Com", "Amazon.Com").
   */
  private static void splitGluedSentences(String text, List<int[]> spans) {
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      Matcher m = GLUED_BOUNDARY.matcher(text).region(span[0], span[1]);
      while (m.find()) {
        if (!isGluedBoundary(text, m)) {
          continue;
        }
        boolean quoteClosesLeft = !m.group(2).isEmpty()
            && oddCount(text.substring(span[0], m.start(2)), m.group(2).charAt(0));
        int cut = quoteClosesLeft ? m.end(2) : m.start(2);
        spans.add(i + 1, new int[] {cut, span[1]});
        span[1] = cut;
        break; // the rest of the span is searched as the next span
      }
    }
  }

  private static boolean isGluedBoundary(String text, Matcher m) {
    String left = m.group(1);
    String word = left.replaceFirst("^[\\p{Pi}\"'(\\[`]+", "");
    if (word.contains(".") || word.contains("@") || word.contains("/") || word.contains(":")) {
      return false; // "www.site.Com", "site.com/Page", "name@mail.Com", "https://..."
    }
    if (NON_FINAL_ABBREVIATIONS.contains(word + text.charAt(m.end(1)))) {
      return false; // "Mrs.Smith": a title glued to its name
    }
    int after = m.end(3);
    boolean moreLabels = after + 1 < text.length() && text.charAt(after) == '.'
        && Character.isLetter(text.charAt(after + 1));
    return !DOMAIN_ENDINGS.contains(m.group(3)) && !moreLabels; // "Amazon.Com", "Example.Co.Uk"
  }

  private static boolean oddCount(String text, char c) {
    return text.chars().filter(x -> x == c).count() % 2 == 1;
  }

  /** "... came from the U.S. The first lorries ...": the model never ends a sentence on "U.S.". */
  private static void splitAfterInitialisms(String text, List<int[]> spans) {
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      Matcher m = INITIALISM_THEN_WORD.matcher(text).region(span[0], span[1]);
      while (m.find()) {
        if (SENTENCE_STARTERS.contains(m.group(1))) {
          spans.add(i + 1, new int[] {m.start(1), span[1]});
          span[1] = m.start(1);
          break;
        }
      }
    }
  }

  /** A closing quotation mark at the start of a sentence belongs to the sentence before it. */
  private static void moveClosingQuotesBack(String text, List<int[]> spans) {
    for (int i = 1; i < spans.size(); i++) {
      int[] next = spans.get(i);
      int p = skipSpace(text, next[0], next[1]);
      int quoteEnd = closingQuoteEnd(text, p, next[1]);
      if (quoteEnd > p) {
        spans.get(i - 1)[1] = quoteEnd;
        next[0] = quoteEnd;
        if (text.substring(next[0], next[1]).isBlank()) {
          spans.get(i - 1)[1] = next[1];
          spans.remove(i--);
        }
      }
    }
  }

  /** End of the closing quote mark(s) starting at {@code p}, or {@code p} when there is none. */
  private static int closingQuoteEnd(String text, int p, int limit) {
    int q = p;
    while (q < limit) {
      char c = text.charAt(q);
      if (c == '”' || c == '’' || c == ')') {
        q++;
      } else if (c == '\'' && q + 1 < limit && text.charAt(q + 1) == '\'') {
        q += 2;
      } else if (c == '"' && (q + 1 >= limit || !Character.isLetterOrDigit(text.charAt(q + 1)))) {
        q++;
      } else {
        break;
      }
    }
    return q;
  }

  private static int skipSpace(String text, int p, int limit) {
    while (p < limit && Spaces.isSpace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static void mergeFalseBoundaries(String text, List<int[]> spans) {
    for (int i = 1; i < spans.size(); ) {
      int[] previous = spans.get(i - 1);
      int[] next = spans.get(i);
      if (isFalseBoundary(text.substring(previous[0], previous[1]).strip(),
          text.substring(next[0], next[1]).strip())) {
        previous[1] = next[1];
        spans.remove(i);
      } else {
        i++;
      }
    }
  }

  /** Whether the detector's boundary between {@code before} and {@code after} is a mistake. */
  static boolean isFalseBoundary(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return true;
    }
    if (after.startsWith("-") || after.startsWith("—") || after.startsWith("–")) {
      return true; // "Struthers -- who starred in ...": a dash goes on with the sentence
    }
    Matcher first = FIRST_WORD.matcher(after);
    String firstWord = first.find() ? first.group(1) : "";
    // A sentence never starts in lower case: "... she said" or "Then... nothing happened".
    if (!firstWord.isEmpty() && Character.isLowerCase(firstWord.codePointAt(0))) {
      return true;
    }
    Matcher last = LAST_WORD.matcher(before);
    if (!last.find()) {
      return false;
    }
    String lastWord = last.group(1).replaceFirst("^[\\p{Pi}\"'(\\[`]+", "");
    if (NON_FINAL_ABBREVIATIONS.contains(lastWord)) {
      return true;
    }
    if (INITIAL.matcher(lastWord).matches()) {
      return true; // "J. Pike"
    }
    return DOTTED_INITIALISM.matcher(lastWord).matches()
        && !firstWord.isEmpty()
        && !SENTENCE_STARTERS.contains(firstWord);
  }
}
