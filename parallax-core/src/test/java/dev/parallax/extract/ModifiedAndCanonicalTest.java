package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.PublicationDate;
import dev.parallax.model.RawDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The modification date and canonical URL a page states are carried on the article. */
class ModifiedAndCanonicalTest {
  private static final String BODY = "<article><h1>Quay wall repaired</h1>"
      + "<p>Engineers finished repairing the quay wall in Port Ostry on Friday after the winter storms.</p>"
      + "<p>Boats may moor there again from Monday, the harbour master said in a statement.</p></article>";

  private static Article extract(String head, String body) throws ExtractionException {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new ArticleExtractor().extract(new RawDocument("in/p.html", RawDocument.Format.HTML, html, DeclaredMetadata.NONE));
  }

  @Test
  void jsonLdDateModifiedAndCanonicalLink() throws Exception {
    Article article = extract("""
        <link rel="canonical" href="https://harbour-gazette.example/news/quay-wall">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quay wall repaired",
          "datePublished": "2026-03-13T09:00:00Z", "dateModified": "2026-03-14T17:20:00Z"}</script>
        """, BODY);

    assertThat(article.published()).map(PublicationDate::date).contains(LocalDate.of(2026, 3, 13));
    assertThat(article.modified()).contains(new PublicationDate(LocalDate.of(2026, 3, 14), "json-ld:dateModified", 0.95));
    assertThat(article.canonicalUrl()).contains("https://harbour-gazette.example/news/quay-wall");
  }

  @Test
  void metaModifiedTime() throws Exception {
    Article article = extract("""
        <meta property="article:published_time" content="2026-03-13T09:00:00Z">
        <meta property="article:modified_time" content="2026-03-15T08:00:00Z">
        <meta property="og:url" content="https://harbour-gazette.example/news/quay-wall">
        """, BODY);

    assertThat(article.modified()).contains(new PublicationDate(LocalDate.of(2026, 3, 15), "meta:article:modified_time", 0.9));
    assertThat(article.canonicalUrl()).contains("https://harbour-gazette.example/news/quay-wall");
  }

  @Test
  void updatedLineInText() throws Exception {
    String page = "Quay wall repaired\n\nPublished 13 March 2026\nUpdated 15 March 2026, 09:12\n\n"
        + "Engineers finished repairing the quay wall in Port Ostry on Friday after the winter storms.\n\n"
        + "Boats may moor there again from Monday, the harbour master said in a statement.";
    Article article = new ArticleExtractor().extract(new RawDocument("in/p.txt", RawDocument.Format.TEXT, page, DeclaredMetadata.NONE));

    assertThat(article.published()).map(PublicationDate::date).contains(LocalDate.of(2026, 3, 13));
    assertThat(article.modified()).contains(new PublicationDate(LocalDate.of(2026, 3, 15), "text:Updated line", 0.8));
    assertThat(article.canonicalUrl()).isEmpty();
    assertThat(article.body()).doesNotContain("Updated");
  }

  @Test
  void noModificationStated() throws Exception {
    assertThat(extract("<title>Quay wall repaired</title>", BODY).modified()).isEmpty();
  }
}
