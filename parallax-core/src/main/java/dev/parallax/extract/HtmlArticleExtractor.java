package dev.parallax.extract;

import dev.parallax.model.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in an HTML page: its metadata from the markup (JSON-LD, meta tags,
 * {@code <time>}, canonical link, {@code <title>}, {@code <h1>}, byline elements) and its text
 * blocks from the main content container, after page furniture (navigation, banners, share bars,
 * advertisements, related links, comments, footers) is removed.
 */
final class HtmlArticleExtractor {

  /**
   * What the page gave.
   *
   * @param metadata metadata from the markup
   * @param blocks   the article's text blocks (paragraphs, subheadings, quotes) in document order
   * @param stubLines short texts outside the content that may be bylines, date stubs or copyright
   *                  lines ("Published 3 February 2026 | By Hal Brennan", "© 2026 Kestrel Daily")
   */
  record HtmlPage(PageMetadata metadata, List<String> blocks, List<String> stubLines) {}

  private static final String STUB_CONTAINERS =
      "[class~=(?i)(byline|meta|date|time|author|credit|dateline|copyright)], time, footer, small";
  private static final int MAX_STUB_WORDS = 20;

  private static final String FURNITURE_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " figure, figcaption, dialog, select, textarea, input, label, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
          + " [role=dialog], [role=alertdialog], [role=search]";

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
  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+([^|–—-]{2,60})$");
  private static final int MIN_SCORED_PARAGRAPH = 25;

  /** Reads the page {@code html}. */
  HtmlPage extract(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata metadata = metadata(doc);
    List<String> stubLines = stubLines(doc);
    removeFurniture(doc);
    return new HtmlPage(metadata, contentBlocks(doc), stubLines);
  }

  // ---- metadata ------------------------------------------------------------------------------

  private PageMetadata metadata(Document doc) {
    List<String> scripts = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      scripts.add(script.data());
    }
    Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(scripts);
    Map<String, String> meta = metaTags(doc);

    Optional<String> siteName = meta("og:site_name", meta);
    Optional<String> outlet = siteName.or(() -> jsonLd.flatMap(JsonLdArticle::publisher));

    Optional<String> title =
        jsonLd.flatMap(JsonLdArticle::headline)
            .or(() -> meta("og:title", meta).or(() -> meta("twitter:title", meta))
                .map(t -> stripOutletSuffix(t, outlet)))
            .or(() -> firstText(doc, "article h1, h1"))
            .or(() -> Optional.of(TextPageCleaner.normalise(doc.title()))
                .filter(t -> !t.isEmpty())
                .map(t -> stripOutletSuffix(t, outlet)));

    Optional<String> url =
        Optional.ofNullable(doc.selectFirst("link[rel~=(?i)^canonical$][href]"))
            .map(link -> link.attr("href").strip())
            .filter(HtmlArticleExtractor::isWebUrl)
            .or(() -> meta("og:url", meta).filter(HtmlArticleExtractor::isWebUrl))
            .or(() -> jsonLd.flatMap(JsonLdArticle::url));

    return new PageMetadata(title, url, outlet, published(doc, jsonLd, meta), authors(doc, jsonLd, meta));
  }

  /** meta tags by lower-cased property, name or itemprop; the first non-blank content wins. */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element tag : doc.select("meta[content]")) {
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
    // A <time> marked as the publication time, else the first one in the article, else any.
    for (String query :
        List.of("time[pubdate][datetime], time[itemprop=datePublished][datetime]",
            "article time[datetime]", "time[datetime]")) {
      for (Element time : doc.select(query)) {
        Optional<LocalDate> date = DateParsing.find(time.attr("datetime"));
        if (date.isPresent()) {
          return Optional.of(new PublicationDate(date.get(), "html:time", 0.8));
        }
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
    for (Element element : doc.select("[rel=author], [itemprop=author] [itemprop=name], .author-name, .author__name")) {
      linked.addAll(AuthorNames.fromByline(element.text()));
    }
    if (!linked.isEmpty()) {
      return AuthorNames.fromBylines(linked);
    }
    for (Element element : doc.select("[itemprop=author], [class~=(?i)byline], .author")) {
      List<String> names = AuthorNames.fromByline(element.text());
      if (!names.isEmpty()) {
        return names;
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
    for (Element element : doc.body().select(STUB_CONTAINERS)) {
      String text = TextPageCleaner.normalise(element.text());
      if (!text.isEmpty() && LineRules.wordCount(text) <= MAX_STUB_WORDS && !lines.contains(text)) {
        lines.add(text);
      }
    }
    for (Element element : doc.body().getElementsMatchingOwnText("©|(?i)^\\s*copyright\\b")) {
      String text = TextPageCleaner.normalise(element.text());
      if (LineRules.wordCount(text) <= MAX_STUB_WORDS && !lines.contains(text)) {
        lines.add(text);
      }
    }
    return lines;
  }

  // ---- furniture -----------------------------------------------------------------------------

  private static void removeFurniture(Document doc) {
    doc.select(FURNITURE_TAGS).remove();
    List<Element> furniture = new ArrayList<>();
    for (Element element : doc.body().getAllElements()) {
      if (isFurniture(element)) {
        furniture.add(element);
      }
    }
    furniture.forEach(Element::remove);
  }

  /** Whether the class, id or role of {@code element} names page furniture. */
  private static boolean isFurniture(Element element) {
    String tag = element.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
        || element.hasAttr("itemprop") && element.attr("itemprop").equalsIgnoreCase("articleBody")
        || !element.select("article, [itemprop=articleBody]").isEmpty()) {
      return false;
    }
    for (String word : words(element.className() + " " + element.id() + " " + element.attr("role"))) {
      if (FURNITURE_WORDS.contains(word) || FURNITURE_PREFIXES.stream().anyMatch(word::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case words of class/id attribute values: "shareBar ad-slot" -> share, bar, ad, slot. */
  private static List<String> words(String attributes) {
    List<String> words = new ArrayList<>();
    for (String part : attributes.split("[^A-Za-z0-9]+")) {
      for (String word : CAMEL_BOUNDARY.split(part)) {
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      // Keep the whole token too, so "adslot" and "sharebar" match as written.
      if (!part.isEmpty()) {
        words.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  // ---- main content --------------------------------------------------------------------------

  private static List<String> contentBlocks(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : doc.body().select("p")) {
      double value = paragraphValue(p);
      if (value <= 0) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, value, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, value / 2, Double::sum);
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

  /** A paragraph's worth as content: its length, discounted by the share of link text. */
  private static double paragraphValue(Element p) {
    int length = p.text().length();
    if (length < MIN_SCORED_PARAGRAPH) {
      return 0;
    }
    int linkLength = 0;
    for (Element link : p.select("a")) {
      linkLength += link.text().length();
    }
    return length * (1 - Math.min(1.0, (double) linkLength / length));
  }

  private static double contentBonus(Element element) {
    if (element.normalName().equals("article")
        || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return 1.3;
    }
    for (String word : words(element.className() + " " + element.id())) {
      if (CONTENT_WORDS.contains(word)) {
        return 1.2;
      }
    }
    return 1.0;
  }

  /** The text blocks under {@code root} in document order. */
  private static void collectBlocks(Element root, List<String> blocks) {
    for (Element child : root.children()) {
      String tag = child.normalName();
      switch (tag) {
        case "p", "h2", "h3", "h4", "h5", "h6", "pre" -> blocks.add(child.text());
        case "h1" -> { } // the headline is metadata, not body
        case "blockquote", "li" -> {
          if (!child.select("p").isEmpty()) {
            collectBlocks(child, blocks);
          } else if (tag.equals("blockquote") || isProseListItem(child)) {
            blocks.add(child.text());
          }
        }
        default -> collectBlocks(child, blocks);
      }
    }
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
