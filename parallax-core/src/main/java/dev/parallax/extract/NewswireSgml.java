package dev.parallax.extract;

import dev.parallax.model.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text documents in the SGML wrapping of newswire collections (TREC, TDT, DUC):
 * {@code <DOC><DOCNO>NYT19981021.0066</DOCNO>...<HEADLINE>...<TEXT><P>...</P></TEXT></DOC>}.
 * The body comes from {@code <TEXT>} (one paragraph per {@code <P>} or blank-line block, wrapped
 * lines joined), the title from {@code <HEADLINE>}, the date from {@code <DATE_TIME>}/{@code <DATE>}
 * or the DOCNO, the outlet from the DOCNO's wire prefix. Typewriter quotes {@code ``...''} become
 * curly quotes and the wires' {@code " _ "} becomes a dash, so that later stages see ordinary
 * punctuation.
 */
final class NewswireSgml {
  private static final Pattern DOC_START = Pattern.compile("(?is)^\\s*<DOC>");
  private static final Pattern TEXT = Pattern.compile("(?is)<TEXT>(.*?)(?:</TEXT>|$)");
  private static final Pattern PARAGRAPH = Pattern.compile("(?is)<P>(.*?)(?:</P>|(?=<P>)|$)");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern TAG = Pattern.compile("<[^>]{1,40}>");
  private static final Pattern DOCNO_DATE = Pattern.compile("^([A-Z]{2,4})_?(?:ENG_)?((?:19|20)\\d{6})");

  /** Wire prefixes of the common newswire collections. */
  private static final Map<String, String> WIRES =
      Map.of(
          "APW", "Associated Press",
          "AP", "Associated Press",
          "NYT", "New York Times News Service",
          "XIE", "Xinhua News Agency",
          "FT", "Financial Times",
          "LA", "Los Angeles Times",
          "WSJ", "Wall Street Journal",
          "SJMN", "San Jose Mercury News",
          "AFP", "Agence France-Presse");

  private NewswireSgml() {}

  /** The record in {@code content}, or empty when it is not a newswire SGML document. */
  static Optional<MarkupPage> parse(String content) {
    if (!DOC_START.matcher(content).find()) {
      return Optional.empty();
    }
    Matcher text = TEXT.matcher(content);
    if (!text.find()) {
      return Optional.empty();
    }
    List<String> blocks = new ArrayList<>();
    String inner = text.group(1);
    Matcher paragraphs = PARAGRAPH.matcher(inner);
    boolean tagged = false;
    while (paragraphs.find()) {
      tagged = true;
      addBlock(paragraphs.group(1), blocks);
    }
    if (!tagged) {
      for (String block : BLANK_LINE.split(inner)) {
        addBlock(block, blocks);
      }
    }
    Optional<String> docno = field(content, "DOCNO");
    Optional<String> title = field(content, "HEADLINE").map(NewswireSgml::plain).filter(t -> !t.isEmpty());
    Optional<PublicationDate> published =
        field(content, "DATE_TIME")
            .or(() -> field(content, "DATE"))
            .flatMap(DateParsing::find)
            .map(date -> new PublicationDate(date, "sgml:DATE_TIME", 0.9))
            .or(() -> docno.flatMap(NewswireSgml::docnoDate)
                .map(date -> new PublicationDate(date, "sgml:DOCNO", 0.85)));
    Optional<String> outlet = docno.flatMap(NewswireSgml::wire);
    PageMetadata metadata = new PageMetadata(title, Optional.empty(), outlet, published, Optional.empty(), List.of());
    return Optional.of(new MarkupPage(metadata, blocks, List.of()));
  }

  private static void addBlock(String raw, List<String> blocks) {
    String block = plain(raw);
    if (!block.isEmpty()) {
      blocks.add(block);
    }
  }

  /** Tags removed, typewriter quotes made curly, the wire's " _ " dash made a dash, whitespace normalised. */
  private static String plain(String raw) {
    String text =
        TAG.matcher(raw).replaceAll(" ").replace("``", "“").replace("''", "”").replaceAll("\\s_\\s", " — ");
    return TextPageCleaner.normalise(text);
  }

  private static Optional<String> field(String content, String name) {
    Matcher m = Pattern.compile("(?is)<" + name + ">(.*?)</" + name + ">").matcher(content);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** "APW19981016.0240" -> 1998-10-16. */
  private static Optional<LocalDate> docnoDate(String docno) {
    Matcher m = DOCNO_DATE.matcher(docno);
    if (!m.find()) {
      return Optional.empty();
    }
    String digits = m.group(2);
    return DateParsing.find(digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8));
  }

  private static Optional<String> wire(String docno) {
    Matcher m = DOCNO_DATE.matcher(docno);
    return m.find() ? Optional.ofNullable(WIRES.get(m.group(1))) : Optional.empty();
  }
}
