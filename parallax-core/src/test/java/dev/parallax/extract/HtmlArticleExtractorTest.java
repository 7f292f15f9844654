package dev.parallax.extract;

import static dev.parallax.extract.TextPageCleanerTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTML pages through {@link ArticleExtractor}: content selection, furniture removal, metadata. */
class HtmlArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private Article extract(String resource) throws Exception {
    return extractor.extract(
        new RawDocument("pages/" + resource, RawDocument.Format.HTML, resource(resource), DeclaredMetadata.NONE));
  }

  private static List<String> paragraphs(Article article) {
    return List.of(article.body().split("\n\n"));
  }

  @Test
  void extract_pageWithJsonLd_bodyWithoutFurniture() throws Exception {
    Article article = extract("jsonld-ferry.html");

    assertThat(paragraphs(article))
        .containsExactly(
            "Crews on the Gull Island ferry ended a nine-day strike on Saturday after voting to accept"
                + " a revised pay offer from the operator, Sound Link.",
            "The deal gives deckhands a 6 percent rise this year and caps overtime shifts at twelve"
                + " hours, the Maritime Workers Union said in a statement.",
            "Islanders relieved",
            "\"We have been cut off for more than a week,\" said shopkeeper Petra Lund. \"People could"
                + " not get to hospital appointments.\"",
            "Sailings will resume on Sunday morning, with extra crossings scheduled to clear the"
                + " backlog of freight.");
  }

  @Test
  void extract_pageWithJsonLd_jsonLdWinsOverMetaTags() throws Exception {
    Article article = extract("jsonld-ferry.html");

    assertThat(article.title()).isEqualTo("Ferry strike ends after crews accept pay deal");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 3, 14), "json-ld:datePublished", 0.95));
    assertThat(article.authors()).containsExactly("Ines Moreau", "Colm Hardy");
    assertThat(article.outlet()).contains("Kestrel Daily");
    assertThat(article.url()).contains("https://www.kestreldaily.example/news/2026/03/ferry-strike-ends");
    assertThat(article.id()).isEqualTo(Article.idFor("pages/jsonld-ferry.html"));
    assertThat(article.source()).isEqualTo("pages/jsonld-ferry.html");
  }

  @Test
  void extract_pageWithMetaTagsOnly_metadataFromMetaAndBodyClean() throws Exception {
    Article article = extract("meta-market.html");

    assertThat(article.title()).isEqualTo("Night market returns to Old Quay");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 3, 9), "meta:date", 0.85));
    assertThat(article.authors()).containsExactly("Sam Okoro");
    assertThat(article.url()).contains("https://brindlecourier.example/local/night-market");
    assertThat(article.outlet()).contains("Brindle Courier"); // from the copyright line
    assertThat(paragraphs(article))
        .containsExactly(
            "The Old Quay night market will return on Friday for the first time since the storm"
                + " damage of last autumn, organisers said.",
            "About forty stalls are expected, selling street food, second-hand books and crafts from"
                + " the surrounding villages.",
            "\"The quay has been too quiet for too long,\" said organiser Dana Whitlow.",
            "The market will run every Friday from 6 pm until 11 pm through the end of October.");
  }

  @Test
  void extract_pageWithoutArticleTag_storyBodyChosenAndStubsRead() throws Exception {
    Article article = extract("storybody-library.html");

    assertThat(article.title()).isEqualTo("Library reopens after flood repairs");
    assertThat(paragraphs(article))
        .containsExactly(
            "The central library in Marrow Bay reopened its doors on Monday, fourteen months after a"
                + " burst water main flooded its ground floor.",
            "More than 9,000 books were lost or damaged in the flood. Volunteers spent the winter"
                + " cataloguing donations to replace them.",
            "The children's reading room, which was closed for the longest, now has a raised floor"
                + " and new shelving.",
            "Head librarian Oona Tait said staff were delighted to be back. \"The town has missed this"
                + " place,\" she said.");
    assertThat(article.authors()).containsExactly("Hal Brennan");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 2, 3), "text:Published line", 0.8));
    assertThat(article.outlet()).isEmpty();
    assertThat(article.url()).isEmpty();
  }

  @Test
  void extract_metaTagsOnly_declaredMetadataBelowMarkup() throws Exception {
    DeclaredMetadata declared =
        new DeclaredMetadata(
            Optional.of("Declared title"),
            Optional.of("https://elsewhere.example/x"),
            Optional.of("Declared Outlet"),
            Optional.of("2026-01-01"));
    Article article =
        extractor.extract(
            new RawDocument("feed.jsonl#3", RawDocument.Format.HTML, resource("storybody-library.html"), declared));

    // The page has an <h1> but no date markup, outlet or URL: declared values fill those.
    assertThat(article.title()).isEqualTo("Library reopens after flood repairs");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 1, 1), "declared:published", 0.9));
    assertThat(article.outlet()).contains("Declared Outlet");
    assertThat(article.url()).contains("https://elsewhere.example/x");
  }

  @Test
  void extract_timeElementOnly_htmlTimeEvidence() throws Exception {
    String html =
        "<html><body><article><h1>Pier lights restored</h1>"
            + "<time datetime=\"2026-04-02T18:00:00-04:00\">2 April</time>"
            + "<p>The lights along the Sable Point pier were switched back on on Thursday evening.</p>"
            + "<p>They had been dark since a storm damaged the cabling in January, the town said.</p>"
            + "</article></body></html>";

    Article article =
        extractor.extract(new RawDocument("p.html", RawDocument.Format.HTML, html, DeclaredMetadata.NONE));

    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 4, 2), "html:time", 0.8));
    assertThat(article.title()).isEqualTo("Pier lights restored");
  }

  @Test
  void extract_pageWithoutArticleText_throws() {
    String html =
        "<html><body><nav>Home | News</nav><div class=\"related\"><a href=\"/1\">Other story</a></div>"
            + "<p>Subscribe now.</p></body></html>";

    assertThatThrownBy(
            () -> extractor.extract(new RawDocument("e.html", RawDocument.Format.HTML, html, DeclaredMetadata.NONE)))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("no article text found");
  }

  @Test
  void stripOutletSuffix_suffixForms() {
    assertThat(HtmlArticleExtractor.stripOutletSuffix("Bridge closes | The Harbour Gazette", Optional.empty()))
        .isEqualTo("Bridge closes");
    assertThat(HtmlArticleExtractor.stripOutletSuffix("Bridge closes - Kestrel Daily", Optional.empty()))
        .isEqualTo("Bridge closes");
    assertThat(HtmlArticleExtractor.stripOutletSuffix("Bridge closes - again", Optional.empty()))
        .isEqualTo("Bridge closes - again");
  }
  private Article extractHtml(String html) throws Exception {
    return extractor.extract(new RawDocument("inline.html", RawDocument.Format.HTML, html, DeclaredMetadata.NONE));
  }

  @Test
  void extract_articleCutIntoCardsOnePerParagraph_takesEveryCard() throws Exception {
    String html = """
        <html><body><nav><a href="/">Home</a></nav><article><h1>Orchard frost ruins early blossom</h1>
        <div class="cards">
          <div class="card item"><div class="card-text"><p>A late frost on Tuesday night destroyed most of the early blossom in the Vell valley orchards, growers said.</p></div></div>
          <div class="ad-slot">Advertisement</div>
          <div class="card item"><div class="card-text"><p>The cooperative expects the apricot harvest to fall by at least half compared with last year's record crop.</p></div></div>
          <div class="card item"><div class="card-text"><p>Growers lit smudge pots through the night, but temperatures fell to minus four degrees before dawn.</p></div></div>
        </div></article>
        <div class="more"><div class="card item"><a href="/x">A teaser headline that links to another story on the same site</a></div></div>
        </body></html>""";

    Article article = extractHtml(html);

    assertThat(paragraphs(article)).hasSize(3);
    assertThat(article.body()).contains("late frost", "apricot harvest", "smudge pots").doesNotContain("teaser");
  }

  @Test
  void extract_teaserCardsBesideTheArticle_areNotChunks() throws Exception {
    String html = """
        <html><body><div class="story-body"><p>The Vell valley bridge will close for six weeks from Monday while engineers replace its worn bearings, the council said.</p>
        <p>Drivers will be sent through Marrow Cross, adding about twenty minutes to the journey into town at peak times.</p></div>
        <div class="story-body teaser"><a href="/a">Council approves the new budget for the coming year after a long debate</a> <p>Short summary.</p></div>
        </body></html>""";

    Article article = extractHtml(html);

    assertThat(article.body()).contains("bearings", "Marrow Cross").doesNotContain("budget");
  }

  @Test
  void extract_layoutWrapperClassedWithSidebar_isNotFurniture() throws Exception {
    String html = """
        <html><body><div id="page-content" class="page-block and-w-sidebar"><div class="story">
        <p>Harbour pilots in Port Ostry will strike on Friday over new shift patterns, their union said on Wednesday.</p>
        <p>The port authority said ships would be held at anchor until the dispute was settled.</p></div></div>
        <aside class="sidebar"><p>Most read: a long list of other stories that readers clicked on this week and last week.</p>
        <p>Also popular: the weather outlook for the weekend, the school holiday dates and the results of the regional football league.</p>
        </aside><div class="promo-strip"><p>Opinion: why the town needs a second bridge, and why the council has been slow to plan one.</p></div>
        </body></html>""";

    Article article = extractHtml(html);

    assertThat(article.body()).contains("Harbour pilots", "held at anchor").doesNotContain("Most read");
  }
  @Test
  void extract_htmlNested100kLevels_noStackOverflowAndTheTextIsFound() throws Exception {
    int levels = 100_000;
    String html = "<html><body>" + "<div class=\"sidebar\"><span>".repeat(levels)
        + "<p>The Orlan ferry resumed crossings on Monday after a nine-day strike over unpaid overtime."
        + " Crews accepted the pay offer on Sunday night.</p>" + "</span></div>".repeat(levels) + "</body></html>";

    Article article = extractHtml(html);

    assertThat(article.body()).contains("The Orlan ferry resumed crossings");
  }
  @Test
  void extract_resultsTableUnderAShortIntro_tableRowsAreTheArticle() throws Exception {
    StringBuilder rows = new StringBuilder();
    String[] names = {"Ada Brennan", "Colm Hardy", "Ines Moreau", "Petra Lund", "Tomas Brandvik", "Hal Sorensen"};
    for (int i = 0; i < names.length; i++) {
      rows.append("<tr><td>").append(i + 1).append("</td><td>").append(names[i])
          .append("</td><td>Vell Rowing Club, finished the course in ").append(40 + i).append(" minutes</td></tr>");
    }
    String html = "<html><body><div class=\"entry\"><p>Results of the Vell river regatta held on Saturday.</p>"
        + "<div><table><tbody>" + rows + "</tbody></table></div></div>"
        + "<div class=\"promo\"><p>Subscribe to our newsletter for the best stories of the week, every week.</p></div></body></html>";

    Article article = extractHtml(html);

    assertThat(article.body()).contains("Ada Brennan", "Hal Sorensen", "45 minutes").doesNotContain("newsletter");
  }
  @Test
  void extract_everyParagraphMarkedArticleBody_allMarkedParagraphsInOrder() throws Exception {
    String html = """
        <html><body><div class="layout"><p itemprop="articleBody">Harbour pilots in Port Ostry voted on Tuesday to strike over new shift patterns, the union said.</p>
        <div class="ad">Advertisement</div>
        <p itemprop="articleBody">The port authority said ships would wait at anchor until the dispute was settled.</p>
        <p itemprop="articleBody">Talks are due to resume on Thursday at the harbour office.</p></div>
        <div class="footer-links"><p>About us. Contact. Careers. Terms of use and privacy policy.</p></div></body></html>""";

    Article article = extractHtml(html);

    assertThat(paragraphs(article)).containsExactly(
        "Harbour pilots in Port Ostry voted on Tuesday to strike over new shift patterns, the union said.",
        "The port authority said ships would wait at anchor until the dispute was settled.",
        "Talks are due to resume on Thursday at the harbour office.");
  }
}
