package dev.parallax.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans the text of a news page line by line: drops page leftovers (see {@link LineRules}), keeps
 * the article's paragraphs, and collects what the dropped stubs say (byline authors, "Published"
 * date, copyright outlet). Used on scraped plain text and on the paragraphs taken from HTML.
 */
final class TextPageCleaner {

  /**
   * What cleaning found.
   *
   * @param paragraphs     the article paragraphs, each one line of normalised whitespace
   * @param title          the headline line, when {@code findTitle} was asked and one was found
   * @param authors        names from byline stubs
   * @param published      the date of a "Published" stub, or of a bare date line
   * @param fromDateLine   whether {@code published} came from a bare date line (weaker evidence)
   * @param modified       the date of an "Updated"/"Last modified" stub
   * @param outlet         the outlet named by a copyright line
   */
  record Result(
      List<String> paragraphs,
      Optional<String> title,
      List<String> authors,
      Optional<LocalDate> published,
      boolean fromDateLine,
      Optional<LocalDate> modified,
      Optional<String> outlet) {}

  private record Line(String text, int block, int index) {}

  /** Pages whose lines never exceed this are taken as hard-wrapped when several lines are long. */
  private static final int WRAP_WIDTH = 100;
  private static final int WRAPPED_LINE_MIN = 55;

  /** No page leftover (menu, caption, notice, stub) is longer than this. */
  static final int MAX_LEFTOVER_CHARS = 5_000;

  /** Cleans scraped page text: lines, with blank lines separating blocks; finds the headline. */
  Result cleanPage(String text) {
    List<Line> lines = new ArrayList<>();
    int block = 0;
    int index = 0;
    for (String raw : text.split("\\R")) {
      String line = normalise(raw);
      if (line.isEmpty()) {
        block++;
      } else {
        lines.add(new Line(line, block, index));
      }
      index++;
    }
    return clean(lines, true);
  }

  /** Cleans paragraphs already separated (e.g. taken from HTML elements); no headline search. */
  Result cleanParagraphs(List<String> paragraphs) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String line = normalise(paragraphs.get(i));
      if (!line.isEmpty()) {
        lines.add(new Line(line, i, i));
      }
    }
    return clean(lines, false);
  }

  /**
   * Collapses every run of whitespace, Unicode spaces (no-break, thin, ...) and control characters
   * to one space, drops zero-width characters, and trims.
   */
  static String normalise(String text) {
    // One pass without regexes: every block and line of every page goes through here.
    if (isNormalised(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isZeroWidth(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
    return out.toString();
  }

  /** No zero-width character, no space but single ASCII spaces between other characters. */
  private static boolean isNormalised(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isZeroWidth(c)) {
        return false;
      }
      if (isSpace(c)
          && (c != ' ' || i == 0 || i == text.length() - 1 || isSpace(text.charAt(i + 1)) || isZeroWidth(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZeroWidth(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }

  /** What the regex {@code [\s\p{Z}\p{Cc}]} matches. */
  private static boolean isSpace(char c) {
    if (c < 0x80) {
      return c <= ' ' || c == 0x7F;
    }
    return switch (Character.getType(c)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL -> true;
      default -> false;
    };
  }

  private Result clean(List<Line> lines, boolean findTitle) {
    // In HTML blocks a long line in capitals is an inline promo; in plain text it may be the headline.
    boolean fromHtml = !findTitle;
    Harvest harvest = new Harvest();
    List<Line> kept = new ArrayList<>();
    boolean inRelatedBlock = false;
    for (Line line : lines) {
      String text = line.text();
      if (text.length() > MAX_LEFTOVER_CHARS) {
        // Page leftovers are short; a very long line is text, and the line rules need not scan it.
        inRelatedBlock = false;
        kept.add(line);
        continue;
      }
      int words = LineRules.wordCount(text); // every rule asks; count once
      if (inRelatedBlock) {
        // Link headlines under a "Related" header run until the first real paragraph; a
        // copyright footer may sit among them and still names the outlet.
        if (!LineRules.isSentence(text, words) && words <= 20) {
          if (LineRules.isCopyright(text, words)) {
            harvest.addCopyright(text);
          }
          continue;
        }
        inRelatedBlock = false;
      }
      if (LineRules.isRelatedHeader(text, words)) {
        inRelatedBlock = true;
      } else if (!isLeftover(text, words, harvest) && !(fromHtml && LineRules.isShoutedHeadline(text, words))) {
        kept.add(line);
      }
    }
    dropTrailingProfile(kept);
    List<Line> paragraphs = joinWrappedLines(kept);
    Optional<String> outlet = harvest.outlet(paragraphs);
    Optional<String> title = Optional.empty();
    if (findTitle) {
      title = takeTitle(paragraphs, outlet);
    }
    return new Result(
        paragraphs.stream().map(Line::text).toList(),
        title,
        harvest.authors,
        harvest.published,
        harvest.fromDateLine,
        harvest.modified,
        outlet);
  }

  /** Whether {@code text} is a page leftover; metadata it carries goes into {@code harvest}. */
  private static boolean isLeftover(String text, int words, Harvest harvest) {
    if (LineRules.isReadMoreLine(text, words)) {
      return true;
    }
    if (LineRules.isCopyright(text, words)) {
      harvest.addCopyright(text);
      return true;
    }
    Optional<LineRules.Stub> stub = LineRules.stub(text, words);
    if (stub.isPresent()) {
      harvest.add(stub.get());
      return true;
    }
    return LineRules.isCaption(text, words)
        || LineRules.isPromoOrCredit(text, words)
        || LineRules.isSocialContact(text, words)
        || LineRules.isPlatformNotice(text, words)
        || LineRules.isAdvertisement(text, words)
        || LineRules.isNavigation(text)
        || LineRules.isWidget(text, words)
        || LineRules.isCookieNotice(text)
        || LineRules.isNewsletterPrompt(text, words);
  }

  /**
   * Removes the author profile that often closes a page: "Ana Ruiz is the Gazette's transport
   * correspondent.", "She joined in 2019 ...", "Follow her on ...".
   */
  private static void dropTrailingProfile(List<Line> kept) {
    while (!kept.isEmpty()) {
      int last = kept.size() - 1;
      String text = kept.get(last).text();
      boolean profile =
          LineRules.isContactLine(text)
              || LineRules.isProfileStart(text)
              || (LineRules.isPronounBio(text) && profileStartBefore(kept, last));
      if (!profile) {
        return;
      }
      kept.remove(last);
    }
  }

  private static boolean profileStartBefore(List<Line> kept, int index) {
    for (int i = index - 1; i >= Math.max(0, index - 3); i--) {
      if (LineRules.isProfileStart(kept.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes the page header out of {@code kept}: every line before the first real paragraph (a
   * sentence) is masthead, kicker, byline role or headline, never article text. The headline is the
   * last headline-like line of that header that is not a masthead ("THE VALLEY POST | Upper
   * Valley", "Tidewater Times — Serving the coast since 1887"), since pages print the masthead
   * first and the headline just above the byline and the text.
   */
  private static Optional<String> takeTitle(List<Line> kept, Optional<String> outlet) {
    int header = 0;
    while (header < kept.size() && !LineRules.isSentence(kept.get(header).text())) {
      header++;
    }
    if (header == kept.size()) {
      // No sentence at all: keep the lines; the first headline-like one is the best guess.
      for (int i = 0; i < kept.size(); i++) {
        if (LineRules.isHeadlineLike(kept.get(i).text())) {
          return Optional.of(kept.remove(i).text());
        }
      }
      return Optional.empty();
    }
    Optional<String> title = Optional.empty();
    for (int i = 0; i < header; i++) {
      String text = kept.get(i).text();
      if (LineRules.isHeadlineLike(text) && !isMasthead(text, outlet) && !LineRules.isRoleLine(text)) {
        title = Optional.of(text);
      }
    }
    kept.subList(0, header).clear();
    return title;
  }

  /** A site banner: names the outlet, or is split into segments like a menu. */
  private static boolean isMasthead(String line, Optional<String> outlet) {
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    boolean namesOutlet = outlet
        .map(o -> o.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", ""))
        .filter(o -> !o.isBlank() && lower.contains(o))
        .isPresent();
    return namesOutlet || line.contains(" | ");
  }

  /**
   * Joins lines that are one paragraph split over several lines. In a hard-wrapped page (no line
   * longer than {@value #WRAP_WIDTH} characters, several near it) a long line continues on the next
   * line of its block; elsewhere only a line that stops mid-sentence continues, onto a next line
   * that starts in lower case. Lines with a dropped leftover between them are never joined.
   */
  private static List<Line> joinWrappedLines(List<Line> kept) {
    boolean wrapped =
        kept.stream().allMatch(l -> l.text().length() <= WRAP_WIDTH)
            && kept.stream().filter(l -> l.text().length() >= WRAPPED_LINE_MIN).count() >= 2;
    List<Line> paragraphs = new ArrayList<>();
    Line current = null;
    Line previous = null;
    for (Line line : kept) {
      boolean continues =
          previous != null
              && line.block() == previous.block()
              && line.index() == previous.index() + 1
              && (wrapped
                  ? previous.text().length() >= WRAPPED_LINE_MIN - 15
                  : !endsSentence(previous.text()) && startsLowerCase(line.text()));
      if (continues) {
        current = new Line(current.text() + " " + line.text(), current.block(), line.index());
      } else {
        if (current != null) {
          paragraphs.add(current);
        }
        current = line;
      }
      previous = line;
    }
    if (current != null) {
      paragraphs.add(current);
    }
    return paragraphs;
  }

  private static final Pattern SENTENCE_OR_CLAUSE_END = Pattern.compile("[.!?…:。！？][\"'”’)\\]」』]*$");

  private static boolean endsSentence(String text) {
    return SENTENCE_OR_CLAUSE_END.matcher(text).find();
  }

  private static boolean startsLowerCase(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  /** Metadata collected from dropped lines; the first value of each kind wins. */
  private static final class Harvest {
    List<String> authors = new ArrayList<>();
    Optional<LocalDate> published = Optional.empty();
    boolean fromDateLine;
    Optional<LocalDate> modified = Optional.empty();
    final List<String> copyrightOutlets = new ArrayList<>();

    void add(LineRules.Stub stub) {
      for (String name : stub.authors()) {
        if (!authors.contains(name)) {
          authors.add(name);
        }
      }
      // A "Published" stub beats a bare date line seen earlier.
      if (stub.published().isPresent() && (published.isEmpty() || (fromDateLine && !stub.dateLine()))) {
        published = stub.published();
        fromDateLine = stub.dateLine();
      }
      if (modified.isEmpty()) {
        modified = stub.modified();
      }
    }

    void addCopyright(String line) {
      LineRules.copyrightOutlet(line).filter(o -> !copyrightOutlets.contains(o)).ifPresent(copyrightOutlets::add);
    }

    /**
     * The publisher among the copyright lines. A reprinted wire story carries the agency's notice
     * beside the site's own; the agency is the one the byline or a dateline credits ("By Meridian
     * Wire", "(Meridian Wire) —"), so the first notice not credited that way is the publisher's.
     */
    Optional<String> outlet(List<Line> paragraphs) {
      for (String candidate : copyrightOutlets) {
        boolean credited = authors.contains(candidate)
            || paragraphs.stream().anyMatch(p -> p.text().contains("(" + candidate + ")"));
        if (!credited) {
          return Optional.of(candidate);
        }
      }
      return copyrightOutlets.stream().findFirst();
    }
  }
}
