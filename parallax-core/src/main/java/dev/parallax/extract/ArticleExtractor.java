package dev.parallax.extract;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the article from a raw document: clean body text and metadata. Thread-safe.
 *
 * <p>Plain text is cleaned line by line ({@link TextPageCleaner}); HTML is reduced to its main
 * content first ({@link HtmlArticleExtractor}) and then cleaned the same way, as is plain text in
 * newswire SGML ({@link NewswireSgml}). Metadata comes from
 * the strongest evidence available: page markup, then what the container declared (JSONL fields),
 * then what the text itself says (byline, "Published" line, copyright line). UTF-8 text that was
 * decoded as windows-1252 upstream is repaired first ({@link MojibakeRepair}).
 */
public final class ArticleExtractor {
  /** Bodies shorter than this, or with fewer sentences, are not articles. */
  static final int MIN_BODY_CHARS = 100;
  static final int MIN_SENTENCES = 2;
  private static final int MAX_FALLBACK_TITLE_CHARS = 160;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*(?=\\s|$)|[。！？][」』]?");

  private final TextPageCleaner cleaner = new TextPageCleaner();
  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  /**
   * The article in {@code document}.
   *
   * @throws ExtractionException when too little article text remains after cleaning
   */
  public Article extract(RawDocument document) throws ExtractionException {
    return extractRepaired(withMojibakeRepaired(document));
  }

  private Article extractRepaired(RawDocument document) throws ExtractionException {
    Optional<MarkupPage> page =
        document.format() == RawDocument.Format.HTML
            ? Optional.of(html.extract(document.content()))
            : NewswireSgml.parse(document.content());
    PageMetadata markup = page.map(MarkupPage::metadata).orElse(PageMetadata.NONE);
    TextPageCleaner.Result cleaned;
    if (page.isPresent()) {
      cleaned = cleaner.cleanParagraphs(withoutTitle(page.get().blocks(), markup.title()));
      // Stubs outside the content (a byline block, the footer) fill what the content lacks.
      cleaned = withFallback(cleaned, cleaner.cleanParagraphs(page.get().stubLines()));
    } else {
      cleaned = cleaner.cleanPage(document.content());
    }
    String body = String.join("\n\n", cleaned.paragraphs());
    // a wire service's own markup says this is a story: a one-sentence brief is one; in a web page
    // or plain text, one sentence left after cleaning is a notice or a remnant
    boolean wireStory = page.isPresent() && document.format() != RawDocument.Format.HTML;
    int minSentences = wireStory ? 1 : MIN_SENTENCES;
    if (body.length() < MIN_BODY_CHARS || (sentenceCount(body) < minSentences && !isLongList(body))) {
      throw new ExtractionException("no article text found");
    }
    DeclaredMetadata declared = document.declared();

    Optional<String> url = markup.url().or(declared::url);
    Optional<String> outlet =
        markup.outlet()
            .or(declared::outlet)
            .or(cleaned::outlet)
            .or(() -> url.flatMap(ArticleExtractor::domainOf));
    String title =
        (document.format() == RawDocument.Format.HTML
                ? markup.title().or(declared::title)
                : declared.title().or(markup::title).or(cleaned::title))
            .orElseGet(() -> firstSentence(body));
    List<String> authors = authors(markup, declared, cleaned);

    return new Article(
        Article.idFor(document.source()),
        document.source(),
        url,
        title,
        outlet,
        published(markup, declared, cleaned, url),
        authors,
        body,
        modified(markup, cleaned),
        markup.url(),
        LanguageIdentifier.identify(body));
  }

  /** The document with UTF-8-read-as-windows-1252 text ("itâ€™s") repaired in its content and declared names. */
  private static RawDocument withMojibakeRepaired(RawDocument document) {
    DeclaredMetadata declared = document.declared();
    return new RawDocument(document.source(), document.format(), MojibakeRepair.repair(document.content()),
        new DeclaredMetadata(
            declared.title().map(MojibakeRepair::repair),
            declared.url(),
            declared.outlet().map(MojibakeRepair::repair),
            declared.published(),
            declared.authors().stream().map(MojibakeRepair::repair).toList()));
  }

  /** The page markup's authors, else those the container declares, else a byline stub's. */
  private static List<String> authors(PageMetadata markup, DeclaredMetadata declared, TextPageCleaner.Result cleaned) {
    if (!markup.authors().isEmpty()) {
      return markup.authors();
    }
    List<String> fromDeclared = AuthorNames.fromBylines(declared.authors());
    return fromDeclared.isEmpty() ? cleaned.authors() : fromDeclared;
  }

  /** The markup's modification date, else an "Updated" line's. */
  private static Optional<PublicationDate> modified(PageMetadata markup, TextPageCleaner.Result cleaned) {
    return markup.modified()
        .or(() -> cleaned.modified().map(date -> new PublicationDate(date, "text:Updated line", 0.8)));
  }

  /** Markup date, else declared date, else a "Published" line, else the URL's date, else a bare date line. */
  private static Optional<PublicationDate> published(
      PageMetadata markup, DeclaredMetadata declared, TextPageCleaner.Result cleaned, Optional<String> url) {
    Optional<PublicationDate> dateLine = cleaned.published().filter(date -> cleaned.fromDateLine())
        .map(date -> new PublicationDate(date, "text:date line", 0.6));
    return markup.published()
        .or(() -> declared.published().flatMap(DateParsing::find)
            .map(date -> new PublicationDate(date, "declared:published", 0.9)))
        .or(() -> cleaned.published().filter(date -> !cleaned.fromDateLine())
            .map(date -> new PublicationDate(date, "text:Published line", 0.8)))
        .or(() -> url.flatMap(DateParsing::fromUrl).map(date -> new PublicationDate(date, "url", 0.7)))
        .or(() -> dateLine);
  }

  private static TextPageCleaner.Result withFallback(
      TextPageCleaner.Result primary, TextPageCleaner.Result fallback) {
    boolean usePrimaryDate =
        primary.published().isPresent() && (!primary.fromDateLine() || fallback.published().isEmpty());
    return new TextPageCleaner.Result(
        primary.paragraphs(),
        primary.title(),
        primary.authors().isEmpty() ? fallback.authors() : primary.authors(),
        usePrimaryDate ? primary.published() : fallback.published(),
        usePrimaryDate ? primary.fromDateLine() : fallback.fromDateLine(),
        primary.modified().or(fallback::modified),
        primary.outlet().or(fallback::outlet));
  }

  /** The blocks without a leading repeat of the headline (many pages repeat it in the body). */
  private static List<String> withoutTitle(List<String> blocks, Optional<String> title) {
    if (title.isEmpty() || blocks.isEmpty()) {
      return blocks;
    }
    String headline = TextPageCleaner.normalise(title.get());
    return blocks.stream().filter(b -> !TextPageCleaner.normalise(b).equals(headline)).toList();
  }

  /** A body this long with this many words is content even without sentence ends (a list, a table). */
  static final int MIN_LIST_CHARS = 400;
  static final int MIN_LIST_WORDS = 60;

  private static boolean isLongList(String body) {
    return body.length() >= MIN_LIST_CHARS && LineRules.wordCount(body) >= MIN_LIST_WORDS;
  }

  static int sentenceCount(String body) {
    Matcher m = SENTENCE_END.matcher(body);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** Words ending in a full stop that rarely end a sentence in news copy. */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?i)(?:\\p{L}\\.){2,}|(?:mr|mrs|ms|dr|st|mt|gov|sen|rep|gen|col|lt|sgt|capt|prof|rev|jr|sr|inc"
              + "|corp|co|ltd|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ala|ariz|ark"
              + "|calif|colo|conn|del|fla|ga|ill|ind|kan|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev"
              + "|okla|ore|pa|tenn|tex|va|vt|wash|wis|wyo|\\p{Lu})\\.");
  private static final int MIN_TITLE_WORDS = 4;
  private static final int MAX_TITLE_SEARCH_CHARS = 2_000;

  /**
   * The first sentence of {@code body}, for a title when there is no headline: the first sentence
   * end that is not an abbreviation ("U.S.", "Aug.", "Calif.") and follows a few words; shortened
   * at a word boundary when very long.
   */
  static String firstSentence(String body) {
    String first = body.lines().findFirst().orElse(body);
    // A title is near the start; looking further would make a huge one-line body quadratic.
    first = first.substring(0, Math.min(first.length(), MAX_TITLE_SEARCH_CHARS));
    String sentence = first;
    Matcher m = SENTENCE_END.matcher(first);
    while (m.find()) {
      String candidate = first.substring(0, m.end());
      String lastWord = candidate.substring(candidate.lastIndexOf(' ') + 1).replaceAll("[\"'”’)\\]]+$", "");
      boolean abbreviation = ABBREVIATION.matcher(lastWord).matches();
      boolean nextStartsSentence =
          m.end() >= first.length() || first.substring(m.end()).strip().matches("^[\\p{Lu}\\p{N}\"“‘'(].*");
      if (!abbreviation && nextStartsSentence && LineRules.wordCount(candidate) >= MIN_TITLE_WORDS) {
        sentence = candidate;
        break;
      }
    }
    if (sentence.length() <= MAX_FALLBACK_TITLE_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_FALLBACK_TITLE_CHARS);
    return sentence.substring(0, cut > 0 ? cut : MAX_FALLBACK_TITLE_CHARS) + "…";
  }

  /** "https://www.harbour-gazette.example/news/1" -> "harbour-gazette.example". */
  static Optional<String> domainOf(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException badUrl) {
      return Optional.empty();
    }
  }
}
