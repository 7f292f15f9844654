package dev.parallax.extract;

import dev.parallax.model.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article in an HTML page: its metadata from the markup (JSON-LD, meta tags,
 * {@code <time>}, canonical link, {@code <title>}, {@code <h1>}, byline elements) and its text
 * blocks from the main content container, after page furniture (navigation, banners, share bars,
 * advertisements, related links, comments, footers) is removed.
 */
final class HtmlArticleExtractor {

  private static final int MAX_STUB_WORDS = 20;

  /** Elements that never hold article text. */
  private static final String NON_TEXT_TAGS =
      "script, style, noscript, template, iframe, svg, button, select, textarea, input, label,"
          + " figcaption, dialog, [hidden], [aria-hidden=true], [role=dialog], [role=alertdialog]";

  /** Elements that are page furniture unless they turn out to hold the article (see below). */
  private static final String FURNITURE_TAGS =
      "nav, header, footer, aside, form, figure, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=search]";

  /** Furniture-named elements holding at least this share of the page's prose are wrappers. */
  private static final double MAIN_TEXT_SHARE = 0.5;

  private static final Set<String> INLINE_TAGS =
      Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "wbr",
          "del", "ins", "nobr");
  private static final String BLOCK_QUERY =
      "p, div, section, article, ul, ol, li, table, h1, h2, h3, h4, h5, h6, blockquote, pre, br";

  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          "nav", "navbar", "navigation", "menu", "menubar", "footer", "cookie", "cookies", "consent",
          "banner", "share", "shares", "sharing", "sharebar", "social", "socials", "related",
          "comment", "comments", "newsletter", "subscribe", "subscription", "promo", "promos",
          "promoted", "ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement",
          "advertising", "sponsored", "sponsor", "sidebar", "breadcrumb", "breadcrumbs", "byline",
          "bio", "popup", "modal", "overlay", "paywall", "toolbar", "masthead", "skip", "tags",
          "pagination", "trending", "recirculation", "recirc", "outbrain", "taboola", "disqus",
          "caption", "credit", "credits", "signup", "login");
  private static final List<String> FURNITURE_PREFIXES =
      List.of("recommend", "newsletter", "subscri", "cookie", "consent", "breadcrumb", "advert",
          "sponsor", "social", "sharing", "outbrain", "taboola");
  private static final Set<String> CONTENT_WORDS =
      Set.of("story", "article", "body", "content", "entry", "post", "text", "main", "articlebody");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—-]{2,60})$");
  private static final int MIN_SCORED_PARAGRAPH = 25;
  private static final int MIN_MARKED_BODY = 150;

  /** Reads the page {@code html}. */
  MarkupPage extract(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata metadata = metadata(doc);
    List<String> stubLines = stubLines(doc);
    removeFurniture(doc);
    return new MarkupPage(metadata, contentBlocks(doc), stubLines);
  }

  // ---- metadata ------------------------------------------------------------------------------

  private static PageMetadata metadata(Document doc) {
    List<String> scripts = new ArrayList<>();
    for (Element script : doc.select(JSON_LD_SCRIPTS)) {
      scripts.add(script.data());
    }
    Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(scripts);
    Map<String, String> meta = metaTags(doc);

    // Some sites append a slogan: "LinkNaija | Nigeria's popular news platform".
    Optional<String> siteName = meta("og:site_name", meta).map(n -> n.split("\\s+\\|\\s+")[0].strip());
    Optional<String> outlet = siteName.or(() -> jsonLd.flatMap(JsonLdArticle::publisher));

    Optional<String> title =
        jsonLd.flatMap(JsonLdArticle::headline)
            .or(() -> meta("og:title", meta).or(() -> meta("twitter:title", meta)))
            .map(t -> stripOutletSuffix(t, outlet))
            .or(() -> firstText(doc, "article h1, h1"))
            .or(() -> Optional.of(TextPageCleaner.normalise(doc.title()))
                .filter(t -> !t.isEmpty())
                .map(t -> stripOutletSuffix(t, outlet)));

    Optional<String> url =
        Optional.ofNullable(doc.selectFirst(CANONICAL_LINK))
            .map(link -> link.attr("href").strip())
            .filter(HtmlArticleExtractor::isWebUrl)
            .or(() -> meta("og:url", meta).filter(HtmlArticleExtractor::isWebUrl))
            .or(() -> jsonLd.flatMap(JsonLdArticle::url));

    return new PageMetadata(title, url, outlet, published(doc, jsonLd, meta), modified(doc, jsonLd, meta),
        authors(doc, jsonLd, meta));
  }

  /** meta tags by lower-cased property, name or itemprop; the first non-blank content wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element tag : doc.select(META_WITH_CONTENT)) {
      String content = TextPageCleaner.normalise(tag.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String key : List.of("property", "name", "itemprop")) {
        String name = tag.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          meta.putIfAbsent(name, content);
        }
      }
    }
    return meta;
  }

  private static Optional<String> meta(String name, Map<String, String> meta) {
    return Optional.ofNullable(meta.get(name));
  }

  private static final List<String> PRIMARY_DATE_META =
      List.of("article:published_time", "og:article:published_time", "og:published_time",
          "article.published", "datepublished");
  private static final List<String> OTHER_DATE_META =
      List.of("date", "pubdate", "publish-date", "publishdate", "publish_date", "dc.date.issued",
          "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date");

  private static Optional<PublicationDate> published(
      Document doc, Optional<JsonLdArticle> jsonLd, Map<String, String> meta) {
    Optional<LocalDate> fromJsonLd = jsonLd.flatMap(JsonLdArticle::datePublished).flatMap(DateParsing::find);
    if (fromJsonLd.isPresent()) {
      return Optional.of(new PublicationDate(fromJsonLd.get(), "json-ld:datePublished", 0.95));
    }
    for (String name : PRIMARY_DATE_META) {
      Optional<LocalDate> date = meta(name, meta).flatMap(DateParsing::find);
      if (date.isPresent()) {
        return Optional.of(new PublicationDate(date.get(), "meta:" + name, 0.9));
      }
    }
    for (String name : OTHER_DATE_META) {
      Optional<LocalDate> date = meta(name, meta).flatMap(DateParsing::find);
      if (date.isPresent()) {
        return Optional.of(new PublicationDate(date.get(), "meta:" + name, 0.85));
      }
    }
    for (Evaluator query : TIME_QUERIES) {
      for (Element time : doc.select(query)) {
        Optional<LocalDate> date = DateParsing.find(time.attr("datetime"));
        if (date.isPresent()) {
          return Optional.of(new PublicationDate(date.get(), "html:time", 0.8));
        }
      }
    }
    return Optional.empty();
  }

  private static final List<String> MODIFIED_DATE_META =
      List.of("article:modified_time", "og:article:modified_time", "og:updated_time", "article.updated", "datemodified",
          "last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "parsely-updated", "sailthru.lastmodified");
  private static final Evaluator MODIFIED_TIME = QueryParser.parse("time[itemprop=dateModified][datetime]");

  /** When the page says it was last updated: JSON-LD, then meta tags, then a {@code <time>} so marked. */
  private static Optional<PublicationDate> modified(
      Document doc, Optional<JsonLdArticle> jsonLd, Map<String, String> meta) {
    Optional<LocalDate> fromJsonLd = jsonLd.flatMap(JsonLdArticle::dateModified).flatMap(DateParsing::find);
    if (fromJsonLd.isPresent()) {
      return Optional.of(new PublicationDate(fromJsonLd.get(), "json-ld:dateModified", 0.95));
    }
    for (String name : MODIFIED_DATE_META) {
      Optional<LocalDate> date = meta(name, meta).flatMap(DateParsing::find);
      if (date.isPresent()) {
        return Optional.of(new PublicationDate(date.get(), "meta:" + name, 0.9));
      }
    }
    for (Element time : doc.select(MODIFIED_TIME)) {
      Optional<LocalDate> date = DateParsing.find(time.attr("datetime"));
      if (date.isPresent()) {
        return Optional.of(new PublicationDate(date.get(), "html:time dateModified", 0.8));
      }
    }
    return Optional.empty();
  }

  private static List<String> authors(
      Document doc, Optional<JsonLdArticle> jsonLd, Map<String, String> meta) {
    List<String> fromJsonLd = AuthorNames.fromBylines(jsonLd.map(JsonLdArticle::authors).orElse(List.of()));
    if (!fromJsonLd.isEmpty()) {
      return fromJsonLd;
    }
    for (String name : List.of("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")) {
      List<String> names = meta(name, meta).filter(v -> !isWebUrl(v)).map(AuthorNames::fromByline).orElse(List.of());
      if (!names.isEmpty()) {
        return names;
      }
    }
    List<String> linked = new ArrayList<>();
    for (Element element : doc.select(LINKED_AUTHORS)) {
      linked.addAll(AuthorNames.fromByline(element.text()));
    }
    if (!linked.isEmpty()) {
      return AuthorNames.fromBylines(linked);
    }
    Elements bylines = doc.select(BYLINE_ELEMENTS);
    for (Element element : bylines) {
      List<String> names = AuthorNames.fromByline(element.text());
      if (!names.isEmpty()) {
        return names;
      }
    }
    // "<div class=byline><p>Written by A</p><p>Health correspondent</p></div>": the line saying "By".
    for (Element element : bylines) {
      for (Element line : element.children()) {
        List<String> names = AuthorNames.hasBylinePrefix(line.text()) ? AuthorNames.fromByline(line.text()) : List.of();
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /** "Bridge closes for repairs | The Harbour Gazette" -> "Bridge closes for repairs". */
  static String stripOutletSuffix(String title, Optional<String> outlet) {
    var m = TITLE_SUFFIX.matcher(title);
    if (!m.find()) {
      return title;
    }
    String suffix = m.group(1).strip();
    String separator = title.substring(m.start(), m.start(1)).strip();
    boolean isOutlet =
        outlet.map(o -> o.equalsIgnoreCase(suffix)).orElse(false)
            || separator.equals("|")
            || (LineRules.wordCount(suffix) <= 4
                && suffix.chars().filter(Character::isLetter).findFirst().stream()
                    .allMatch(Character::isUpperCase)
                && suffix.matches("(\\p{Lu}[\\p{L}'’.&]*\\s*)+"));
    return isOutlet ? title.substring(0, m.start()).strip() : title;
  }

  private static Optional<String> firstText(Document doc, String query) {
    Element element = doc.selectFirst(query);
    return element == null
        ? Optional.empty()
        : Optional.of(TextPageCleaner.normalise(element.text())).filter(t -> !t.isEmpty());
  }

  private static boolean isWebUrl(String value) {
    return value.startsWith("http://") || value.startsWith("https://");
  }

  /** Short texts of byline, date and footer elements, read before the furniture is removed. */
  private static List<String> stubLines(Document doc) {
    List<String> lines = new ArrayList<>();
    List<Element> copyrightHolders = new ArrayList<>();
    // One walk for both kinds; the copyright holders' lines come after the stub containers'.
    for (Element element : doc.body().getAllElements()) {
      if (isStubContainer(element)) {
        String text = TextPageCleaner.normalise(element.text());
        if (!text.isEmpty() && LineRules.wordCount(text) <= MAX_STUB_WORDS && !lines.contains(text)) {
          lines.add(text);
        }
      }
      if (mayOwnCopyrightText(element) && COPYRIGHT_OWN_TEXT.matcher(element.ownText()).find()) {
        copyrightHolders.add(element);
      }
    }
    for (Element element : copyrightHolders) {
      String text = TextPageCleaner.normalise(element.text());
      if (LineRules.wordCount(text) <= MAX_STUB_WORDS && !lines.contains(text)) {
        lines.add(text);
      }
    }
    return lines;
  }

  /** Byline, date and credit containers: what {@code [class~=(?i)(byline|meta|...)], time, footer, small} selects. */
  private static boolean isStubContainer(Element element) {
    String tag = element.normalName();
    if (tag.equals("time") || tag.equals("footer") || tag.equals("small")) {
      return true;
    }
    if (!element.hasAttr("class")) {
      return false;
    }
    String classes = element.attr("class").toLowerCase(Locale.ROOT);
    for (String word : STUB_CLASS_WORDS) {
      if (classes.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> STUB_CLASS_WORDS =
      List.of("byline", "meta", "date", "time", "author", "credit", "dateline", "copyright");

  /**
   * A cheap test that {@link #COPYRIGHT_OWN_TEXT} may match the element's own text, which is
   * costly to build for every element: a direct text child holds "©", or the first one with
   * visible characters starts with "copyright" (or with the start of it, the rest following
   * after an inline child).
   */
  private static boolean mayOwnCopyrightText(Element element) {
    boolean first = true;
    for (Node child : element.childNodes()) {
      if (!(child instanceof TextNode textNode)) {
        continue;
      }
      String text = textNode.getWholeText();
      if (text.indexOf('©') >= 0) {
        return true;
      }
      if (first) {
        int start = 0;
        while (start < text.length() && isIgnorableLeadingChar(text.charAt(start))) {
          start++;
        }
        if (start < text.length()) {
          first = false;
          int length = Math.min(COPYRIGHT_WORD.length(), text.length() - start);
          if (text.regionMatches(true, start, COPYRIGHT_WORD, 0, length)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final String COPYRIGHT_WORD = "copyright";

  /** Characters own text drops or turns into spaces before the pattern's {@code ^\s*}. */
  private static boolean isIgnorableLeadingChar(char c) {
    return c <= ' ' || c == '\u00A0' || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
  }

  // ---- furniture -----------------------------------------------------------------------------

  /**
   * Removes furniture: non-text elements always; furniture tags and furniture-named elements
   * unless they hold most of the page's prose (a "with-sidebar" layout wrapper, a form wrapping a
   * whole page, a post classed "category-advertising"), comment sections always.
   */
  private static void removeFurniture(Document doc) {
    doc.select(NON_TEXT_QUERY).remove();
    Element body = doc.body();
    // Prose and "holds the article" per element in one bottom-up pass (reverse document order
    // visits descendants first), so that nested wrappers cost no repeated subtree walks.
    List<Element> all = body.getAllElements();
    Map<Element, Integer> prose = new IdentityHashMap<>();
    Set<Element> holdsArticle = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = all.size() - 1; i >= 0; i--) {
      Element element = all.get(i);
      int length = (int) (element.normalName().equals("p") ? paragraphValue(element) : ownTextValue(element));
      boolean article = isArticleElement(element);
      for (Element child : element.children()) {
        length += prose.getOrDefault(child, 0);
        article |= holdsArticle.contains(child);
      }
      prose.put(element, length);
      if (article) {
        holdsArticle.add(element);
      }
    }
    int pageProse = prose.getOrDefault(body, 0);
    Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
    // An iterative walk that does not descend into what is going anyway (no recursion: pages
    // nested thousands of levels deep must not overflow the stack).
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element) || element == body) {
          return FilterResult.CONTINUE;
        }
        if (isFurniture(doc, element, prose, holdsArticle.contains(element), pageProse)) {
          furniture.add(element);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    furniture.forEach(Element::remove);
  }

  private static boolean isArticleElement(Element element) {
    return element.normalName().equals("article") || element.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  private static final Evaluator FURNITURE_EVALUATOR = QueryParser.parse(FURNITURE_TAGS);

  // Selectors compiled once: parsing a query costs more than running it on a small page.
  private static final Evaluator JSON_LD_SCRIPTS = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
  private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
  /** A {@code <time>} marked as the publication time, else the first one in the article, else any. */
  private static final List<Evaluator> TIME_QUERIES = List.of(
      QueryParser.parse("time[pubdate][datetime], time[itemprop=datePublished][datetime]"),
      QueryParser.parse("article time[datetime]"),
      QueryParser.parse("time[datetime]"));
  private static final Evaluator LINKED_AUTHORS =
      QueryParser.parse("[rel=author], [itemprop=author] [itemprop=name], .author-name, .author__name");
  private static final Evaluator BYLINE_ELEMENTS = QueryParser.parse("[itemprop=author], [class~=(?i)byline], .author");
  private static final Pattern COPYRIGHT_OWN_TEXT = Pattern.compile("©|(?i)^\\s*copyright\\b");
  private static final Evaluator NON_TEXT_QUERY = QueryParser.parse(NON_TEXT_TAGS);
  private static final Evaluator ARTICLE_BODY_MARK = QueryParser.parse("[itemprop=articleBody]");
  private static final Evaluator BLOCK_EVALUATOR = QueryParser.parse(BLOCK_QUERY);
  private static final Evaluator PARAGRAPH = QueryParser.parse("p");

  private static boolean isFurniture(
      Element root, Element element, Map<Element, Integer> prose, boolean holdsArticle, int pageProse) {
    if (element.normalName().equals("main") || isArticleElement(element)) {
      return false;
    }
    List<String> names = furnitureNames(element);
    // A compiled evaluator with a known root: Element.is() would walk up to the root every time.
    boolean flagged = !names.isEmpty() || FURNITURE_EVALUATOR.matches(root, element);
    if (!flagged) {
      return false;
    }
    boolean comments = names.contains("comment") || names.contains("comments");
    if (comments) {
      return true;
    }
    if (hasContentId(element)) {
      return false; // "page-content", "main-content": a landmark id names the content, whatever its classes say
    }
    boolean wrapsArticle =
        holdsArticle || (pageProse > 0 && prose.getOrDefault(element, 0) >= pageProse * MAIN_TEXT_SHARE);
    return !wrapsArticle;
  }

  /**
   * Classes that describe a state or a taxonomy rather than frame the page: "category-advertising",
   * "has-sidebar", "page-block-container and-w-sidebar" ("w" for "with").
   */
  private static final Pattern STATE_CLASS =
      Pattern.compile("(?i)(?:[a-z0-9]+[-_])*(?:category|tag|topic|has|no|with|without|w)[-_].*");

  private static boolean hasContentId(Element element) {
    return forEachWord(element.id(), CONTENT_WORDS::contains);
  }

  /** The furniture words in the class, id or role of {@code element}. */
  private static List<String> furnitureNames(Element element) {
    String id = element.id();
    String role = element.attr("role");
    String classes = element.className();
    if (id.isEmpty() && role.isEmpty() && classes.isEmpty()) {
      return List.of(); // most elements: nothing to split
    }
    StringBuilder attributes = new StringBuilder(id).append(' ').append(role);
    for (String className : element.classNames()) {
      // Taxonomy and state classes ("category-advertising", "has-sidebar") describe, not frame.
      if (!isStateClass(className)) {
        attributes.append(' ').append(className);
      }
    }
    List<String> found = new ArrayList<>();
    forEachWord(attributes, word -> {
      if (FURNITURE_WORDS.contains(word) || FURNITURE_PREFIXES.stream().anyMatch(word::startsWith)) {
        found.add(word);
      }
      return false;
    });
    return found;
  }

  private static boolean isStateClass(String className) {
    // The pattern needs a separator; most class names have none and skip the regex.
    return (className.indexOf('-') >= 0 || className.indexOf('_') >= 0) && STATE_CLASS.matcher(className).matches();
  }

  /** Characters of prose under {@code element}: paragraphs and text written directly in blocks. */
  private static int proseLength(Element element) {
    int length = 0;
    for (Element e : element.getAllElements()) {
      length += (int) (e.normalName().equals("p") ? paragraphValue(e) : ownTextValue(e));
    }
    return length;
  }

  /**
   * Passes the lower-case words of class/id attribute values to {@code test} until it says stop
   * (returns true): "shareBar ad-slot" gives share, bar, sharebar, ad, slot. The whole token is
   * given too, so "adslot" and "sharebar" match as written. A hand-written split: it runs for
   * every element of every page.
   *
   * @return whether {@code test} stopped the walk
   */
  private static boolean forEachWord(CharSequence attributes, java.util.function.Predicate<String> test) {
    int n = attributes.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isAsciiLetterOrDigit(attributes.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isAsciiLetterOrDigit(attributes.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      int pieceStart = start;
      for (int j = start + 1; j < i; j++) {
        char before = attributes.charAt(j - 1);
        char at = attributes.charAt(j);
        if (before >= 'a' && before <= 'z' && at >= 'A' && at <= 'Z') { // camelCase boundary
          if (test.test(lower(attributes, pieceStart, j))) {
            return true;
          }
          pieceStart = j;
        }
      }
      if (pieceStart > start && test.test(lower(attributes, pieceStart, i))) {
        return true;
      }
      if (test.test(lower(attributes, start, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static String lower(CharSequence text, int start, int end) {
    return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
  }

  // ---- main content --------------------------------------------------------------------------

  private static List<String> contentBlocks(Document doc) {
    // A container the page itself marks as the article body is trusted when it holds prose.
    // Some pages mark every paragraph instead ("<p itemprop=articleBody>" each): then all of
    // them, in order, are the body.
    Elements marked = doc.body().select(ARTICLE_BODY_MARK);
    List<Element> markedParagraphs = marked.stream().filter(m -> m.normalName().equals("p")).toList();
    if (markedParagraphs.size() >= 2) {
      int prose = markedParagraphs.stream().mapToInt(HtmlArticleExtractor::proseLength).sum();
      if (prose >= MIN_MARKED_BODY) {
        return markedParagraphs.stream().map(Element::text).toList();
      }
    }
    for (Element container : marked) {
      if (proseLength(container) >= MIN_MARKED_BODY) {
        List<String> blocks = new ArrayList<>();
        collectBlocks(container, blocks);
        return blocks;
      }
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element element : doc.body().getAllElements()) {
      boolean paragraph = element.normalName().equals("p");
      Optional<Element> table = dataRowTable(element);
      double value = paragraph ? paragraphValue(element) : table.isPresent() ? paragraphValue(element) : ownTextValue(element);
      if (value <= 0) {
        continue;
      }
      // A paragraph scores for its container; text written straight into a block (with <br>
      // breaks) makes that block itself a container; a data table's rows score for the block
      // holding the table, as a table of results is part of the article around it. The
      // container's parent gets half.
      Element holder = paragraph ? element.parent() : table.isPresent() ? table.get().parent() : element;
      if (holder != null) {
        scores.merge(holder, value, Double::sum);
        Element outer = holder.parent();
        if (outer != null) {
          scores.merge(outer, value / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    // Candidates in document order, so a tie goes to the earlier element, not to hashing.
    for (Element candidate : doc.body().getAllElements()) {
      Double raw = scores.get(candidate);
      if (raw != null && raw * contentBonus(candidate) > bestScore) {
        best = candidate;
        bestScore = raw * contentBonus(candidate);
      }
    }
    if (best == null) {
      return bodyTextLines(doc);
    }
    List<String> blocks = new ArrayList<>();
    Element parent = best.parent();
    if (parent == null || best == doc.body()) {
      collectBlocks(best, blocks);
      return blocks;
    }
    Optional<List<Element>> chunks = twinChunks(best, doc.body());
    if (chunks.isPresent()) {
      for (Element chunk : chunks.get()) {
        collectBlocks(chunk, blocks);
      }
      return blocks;
    }
    // Article text split into sibling containers (around removed ads) is taken together.
    for (Element sibling : parent.children()) {
      double score = scores.getOrDefault(sibling, 0.0) * contentBonus(sibling);
      boolean longParagraph = sibling.normalName().equals("p") && paragraphValue(sibling) >= 80;
      if (sibling == best || score >= bestScore * 0.25 || longParagraph) {
        if (sibling.normalName().equals("p")) {
          blocks.add(sibling.text());
        } else {
          collectBlocks(sibling, blocks);
        }
      }
    }
    return blocks;
  }

  /** How many levels above the best container article chunks are looked for. */
  private static final int MAX_CHUNK_LEVELS = 4;
  /** The prose a chunk must hold to join the article: about one real paragraph. */
  private static final int MIN_CHUNK_PROSE = 80;

  /**
   * Pages that cut the article into repeated chunks (one card per paragraph, one "body component"
   * per stretch between advertisements) put each chunk in an element classed like its siblings.
   * When {@code best}, or one of its few nearest ancestors, has such twins holding prose, the
   * article is all those twins in document order.
   */
  private static Optional<List<Element>> twinChunks(Element best, Element body) {
    Element unit = best;
    for (int level = 0; level < MAX_CHUNK_LEVELS && unit != body && unit.parent() != null; level++) {
      Element current = unit;
      Set<String> classes = current.classNames();
      if (!classes.isEmpty()) {
        List<Element> twins = new ArrayList<>();
        for (Element sibling : current.parent().children()) {
          if (sibling == current
              || (sibling.normalName().equals(current.normalName())
                  && similarClasses(classes, sibling.classNames())
                  && proseLength(sibling) >= MIN_CHUNK_PROSE
                  && linkDensity(sibling) <= MAX_CHUNK_LINK_DENSITY)) {
            twins.add(sibling);
          }
        }
        if (twins.size() >= 2) {
          return Optional.of(twins);
        }
      }
      unit = current.parent();
    }
    return Optional.empty();
  }

  /** Teaser cards (a linked headline over a summary) are not article chunks. */
  private static final double MAX_CHUNK_LINK_DENSITY = 0.2;

  /** The share of {@code element}'s text that is link text. */
  private static double linkDensity(Element element) {
    int length = element.text().length();
    if (length == 0) {
      return 0;
    }
    int linkLength = 0;
    for (Element link : element.getElementsByTag("a")) {
      linkLength += link.text().length();
    }
    return Math.min(1.0, (double) linkLength / length);
  }

  /** At least half of the class names of the two elements are shared. */
  private static boolean similarClasses(Set<String> a, Set<String> b) {
    if (b.isEmpty()) {
      return false;
    }
    long shared = a.stream().filter(b::contains).count();
    Set<String> union = new java.util.HashSet<>(a);
    union.addAll(b);
    return shared * 2 >= union.size();
  }

  /**
   * The table of {@code row} when it is a data row: a {@code <tr>} whose cells hold no blocks
   * (layout tables, which nest paragraphs and tables in cells, are scored by their paragraphs).
   */
  private static Optional<Element> dataRowTable(Element row) {
    if (!row.normalName().equals("tr")) {
      return Optional.empty();
    }
    for (Element cell : row.children()) {
      for (Element inner : cell.children()) {
        if (!INLINE_TAGS.contains(inner.normalName())) {
          return Optional.empty();
        }
      }
    }
    Element table = row.parent();
    while (table != null && !table.normalName().equals("table")) {
      table = table.parent();
    }
    return Optional.ofNullable(table);
  }

  /** A paragraph's worth as content: its length, discounted by the share of link text. */
  private static double paragraphValue(Element p) {
    int length = p.text().length();
    if (length < MIN_SCORED_PARAGRAPH) {
      return 0;
    }
    int linkLength = 0;
    for (Element link : p.getElementsByTag("a")) {
      linkLength += link.text().length();
    }
    return length * (1 - Math.min(1.0, (double) linkLength / length));
  }

  /** Text written directly in a non-paragraph block, as a paragraph would be worth. */
  private static double ownTextValue(Element element) {
    String tag = element.normalName();
    if (INLINE_TAGS.contains(tag) || NO_OWN_PROSE_TAGS.contains(tag)) {
      return 0;
    }
    int length = 0;
    for (TextNode text : element.textNodes()) {
      length += text.text().strip().length();
    }
    // Inline children (links, emphasis) between the text nodes belong to the same prose.
    for (Element child : element.children()) {
      if (INLINE_TAGS.contains(child.normalName()) && !child.normalName().equals("a")) {
        length += inlineTextLength(child, INLINE_TEXT_LEVELS);
      }
    }
    return length < MIN_SCORED_PARAGRAPH * 4 ? 0 : length;
  }

  /** Blocks whose own text is scored elsewhere (paragraphs) or is not prose (headings, list items). */
  private static final Set<String> NO_OWN_PROSE_TAGS = Set.of("p", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "a");

  /** Inline markup is shallow in prose; a bound keeps absurdly nested pages linear. */
  private static final int INLINE_TEXT_LEVELS = 3;

  /** The length of the text in {@code inline} and its inline descendants, {@code levels} deep. */
  private static int inlineTextLength(Element inline, int levels) {
    int length = 0;
    for (TextNode text : inline.textNodes()) {
      length += text.text().strip().length();
    }
    if (levels > 1) {
      for (Element child : inline.children()) {
        if (INLINE_TAGS.contains(child.normalName())) {
          length += inlineTextLength(child, levels - 1);
        }
      }
    }
    return length;
  }

  private static double contentBonus(Element element) {
    if (element.normalName().equals("article")
        || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return 1.3;
    }
    return forEachWord(element.className() + " " + element.id(), CONTENT_WORDS::contains) ? 1.2 : 1.0;
  }

  /**
   * The text blocks under {@code root} in document order: paragraphs, subheadings, quotes, prose
   * list items, and runs of text written directly in a block (split at {@code <br>}).
   */
  private static void collectBlocks(Element root, List<String> blocks) {
    collectBlocks(root, blocks, 0);
  }

  /** Below this depth a subtree is taken as one block: real pages are far shallower. */
  private static final int MAX_BLOCK_DEPTH = 200;

  private static void collectBlocks(Element root, List<String> blocks, int depth) {
    if (depth > MAX_BLOCK_DEPTH) {
      // No further recursion (a page nested thousands deep must not overflow the stack);
      // jsoup's text() walks iteratively.
      blocks.add(root.text());
      return;
    }
    StringBuilder run = new StringBuilder();
    for (Node node : root.childNodes()) {
      if (node instanceof TextNode text) {
        run.append(text.text());
        continue;
      }
      if (!(node instanceof Element child)) {
        continue;
      }
      String tag = child.normalName();
      if (INLINE_TAGS.contains(tag) && child.selectFirst(BLOCK_EVALUATOR) == null) {
        run.append(child.text());
        continue;
      }
      flush(run, blocks);
      switch (tag) {
        case "br", "h1", "hr", "img" -> { } // a break; the headline is metadata, not body
        case "p", "h2", "h3", "h4", "h5", "h6", "pre" -> blocks.add(child.text());
        case "blockquote", "li" -> {
          if (child.selectFirst(PARAGRAPH) != null) {
            collectBlocks(child, blocks, depth + 1);
          } else if (tag.equals("blockquote") || isProseListItem(child)) {
            blocks.add(child.text());
          }
        }
        default -> collectBlocks(child, blocks, depth + 1);
      }
    }
    flush(run, blocks);
  }

  private static void flush(StringBuilder run, List<String> blocks) {
    String text = TextPageCleaner.normalise(run.toString());
    if (!text.isEmpty()) {
      blocks.add(text);
    }
    run.setLength(0);
  }

  /** List items worth keeping are prose, not link lists: several words, few of them links. */
  private static boolean isProseListItem(Element li) {
    String text = li.text();
    return LineRules.wordCount(text) >= 8 && paragraphValue(li) >= text.length() * 0.7;
  }

  /** For pages without paragraphs: the body's text, one line per block element or line break. */
  private static List<String> bodyTextLines(Document doc) {
    Element body = doc.body();
    body.select("h1").remove();
    body.select("br").forEach(br -> br.after(new TextNode("\n")));
    body.select("div, p, li, h1, h2, h3, h4, h5, h6, blockquote, section, td")
        .forEach(block -> block.after(new TextNode("\n")));
    List<String> lines = new ArrayList<>();
    for (String line : body.wholeText().split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
