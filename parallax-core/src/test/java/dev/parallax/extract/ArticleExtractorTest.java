package dev.parallax.extract;

import static dev.parallax.extract.TextPageCleanerTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plain-text documents through {@link ArticleExtractor}: body, title and metadata precedence. */
class ArticleExtractorTest {
  private static final String TWO_SENTENCES =
      "The Sable Point lighthouse will be repainted this summer for the first time in thirty years."
          + " Work starts in June and should take about five weeks, the harbour trust said.";

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static RawDocument text(String content, DeclaredMetadata declared) {
    return new RawDocument("in/page.txt", RawDocument.Format.TEXT, content, declared);
  }

  @Test
  void extract_scrapedTextPage_bodyTitleAndMetadata() throws Exception {
    Article article = extractor.extract(text(resource("scraped-bridge.txt"), DeclaredMetadata.NONE));

    assertThat(article.id()).isEqualTo(Article.idFor("in/page.txt"));
    assertThat(article.title()).isEqualTo("Harbour Bridge to close for six weeks of repairs");
    assertThat(article.authors()).containsExactly("Ana Ruiz", "Tom Vale");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 3, 14), "text:Published line", 0.8));
    assertThat(article.outlet()).contains("The Harbour Gazette");
    assertThat(article.url()).isEmpty();
    assertThat(article.body())
        .startsWith("The Harbour Bridge in Port Wexley")
        .contains("\n\nThe council will share the cost with the province.\n\n")
        .doesNotContain("Share on Facebook", "ADVERTISEMENT", "Photo:", "Getty", "cookies",
            "newsletter", "Related Articles", "Ferry fares frozen", "joined the paper", "Follow her",
            "©", "Harbour Bridge to close");
    assertThat(article.body().split("\n\n")).allMatch(p -> !p.contains("\n") && p.equals(p.strip()));
  }

  @Test
  void extract_declaredMetadata_usedAboveTextStubs() throws Exception {
    DeclaredMetadata declared =
        new DeclaredMetadata(
            Optional.of("Bridge repairs: what commuters need to know"),
            Optional.of("https://www.harbour-gazette.example/transport/bridge"),
            Optional.empty(),
            Optional.of("2026-03-13T22:10:00Z"));

    Article article = extractor.extract(text(resource("scraped-bridge.txt"), declared));

    assertThat(article.title()).isEqualTo("Bridge repairs: what commuters need to know");
    assertThat(article.body()).doesNotContain("Harbour Bridge to close for six weeks");
    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 3, 13), "declared:published", 0.9));
    assertThat(article.url()).contains("https://www.harbour-gazette.example/transport/bridge");
    assertThat(article.outlet()).contains("The Harbour Gazette"); // copyright beats the domain
  }

  @Test
  void extract_noHeadlineNoOutlet_firstSentenceTitleAndDomainOutlet() throws Exception {
    DeclaredMetadata declared =
        new DeclaredMetadata(
            Optional.empty(), Optional.of("https://www.sablepoint-news.example/a/1"), Optional.empty(), Optional.empty());

    Article article = extractor.extract(text(TWO_SENTENCES, declared));

    assertThat(article.title())
        .isEqualTo("The Sable Point lighthouse will be repainted this summer for the first time in thirty years.");
    assertThat(article.body()).isEqualTo(TWO_SENTENCES);
    assertThat(article.outlet()).contains("sablepoint-news.example");
    assertThat(article.published()).isEmpty();
    assertThat(article.authors()).isEmpty();
  }

  @Test
  void extract_tooLittleText_throwsNoArticleText() {
    assertThatThrownBy(() -> extractor.extract(text("Home | News | Sport\nShare\nADVERTISEMENT\nShort note.", DeclaredMetadata.NONE)))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("no article text found");
    assertThatThrownBy(() -> extractor.extract(text("A".repeat(150), DeclaredMetadata.NONE)))
        .isInstanceOf(ExtractionException.class);
  }

  @Test
  void extract_unparseableDeclaredDate_fallsBackToText() throws Exception {
    DeclaredMetadata declared =
        new DeclaredMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("yesterday"));

    Article article = extractor.extract(text("Published 2 May 2026\n" + TWO_SENTENCES, declared));

    assertThat(article.published())
        .contains(new PublicationDate(LocalDate.of(2026, 5, 2), "text:Published line", 0.8));
  }

  @Test
  void firstSentence_abbreviationsAndShortFragments_notTakenAsEnds() {
    assertThat(ArticleExtractor.firstSentence("The U.S. and Kestrel Bay signed a ferry pact. It runs for ten years."))
        .isEqualTo("The U.S. and Kestrel Bay signed a ferry pact.");
    assertThat(ArticleExtractor.firstSentence("PORT WEXLEY, Calif. (Wire) — The bridge closed on Aug. 4 after a storm. Repairs follow."))
        .isEqualTo("PORT WEXLEY, Calif. (Wire) — The bridge closed on Aug. 4 after a storm.");
    assertThat(ArticleExtractor.firstSentence("No. Nobody expected the ferry to sink. Crews were ready."))
        .isEqualTo("No. Nobody expected the ferry to sink.");
  }

  @Test
  void domainOf_urls() {
    assertThat(ArticleExtractor.domainOf("https://www.kestreldaily.example/news/1")).contains("kestreldaily.example");
    assertThat(ArticleExtractor.domainOf("not a url")).isEmpty();
  }
  @Test
  void extract_longListWithoutSentenceEnds_isContent() throws Exception {
    StringBuilder list = new StringBuilder("Vell regatta calendar 2026\n\n");
    String[] places = {"Port Ostry", "Marrow Cross", "Gull Island", "Orlan Harbour", "Kestrel Bay", "Vell Bridge"};
    for (int i = 0; i < places.length; i++) {
      list.append("Round ").append(i + 1).append(": ").append(10 + i).append(" May at ").append(places[i])
          .append(" with heats in the morning and finals in the afternoon\n\n");
    }

    Article article = extractor.extract(text(list.toString(), DeclaredMetadata.NONE));

    assertThat(article.body()).contains("Round 1: 10 May at Port Ostry", "Vell Bridge");
  }
}
