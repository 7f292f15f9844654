package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed entries declare their authors (RSS dc:creator and author, Atom author, JSON Feed authors), and articles carry them. */
class FeedAuthorsTest {
  @TempDir Path dir;

  private final InputReader reader = new InputReader();

  private List<RawDocument> read(String name, String content) throws IOException {
    IngestResult result = reader.read(List.of(Files.writeString(dir.resolve(name), content)));
    assertThat(result.failures()).isEmpty();
    return result.documents();
  }

  private static final String BODY = "<p>Engineers finished repairing the quay wall in Port Ostry on Friday after the storms.</p>"
      + "<p>Boats may moor there again from Monday, the harbour master said.</p>";

  @Test
  void rss_dcCreatorAndEmailAuthor() throws IOException {
    List<RawDocument> documents = read("gazette.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour Gazette</title>
            <link>https://harbour-gazette.example/</link>
            <description>News</description>
            <item><title>Quay wall repaired</title><dc:creator>Ana Ruiz</dc:creator>
              <description><![CDATA[%s]]></description></item>
            <item><title>Quay wall repaired again</title><author>tom.vale@harbour-gazette.example (Tom Vale)</author>
              <description><![CDATA[%s]]></description></item>
            <item><title>Quay wall, a third time</title><author>desk@harbour-gazette.example</author>
              <description><![CDATA[%s]]></description></item>
          </channel>
        </rss>
        """.formatted(BODY, BODY, BODY));

    assertThat(documents).extracting(d -> d.declared().authors())
        .containsExactly(List.of("Ana Ruiz"), List.of("Tom Vale"), List.of());
  }

  @Test
  void atom_authorNames() throws IOException {
    List<RawDocument> documents = read("kestrel.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Kestrel Daily</title><id>urn:uuid:kestrel</id><updated>2026-03-15T08:00:00Z</updated>
          <entry>
            <title>Bridge reopens</title><id>urn:uuid:1</id><updated>2026-03-15T08:00:00Z</updated>
            <author><name>Mira Okafor</name><email>mira@kestrel.example</email></author>
            <author><name>Jon Haldane</name></author>
            <content type="html">&lt;p&gt;The Vell bridge reopened to traffic on Sunday.&lt;/p&gt;</content>
          </entry>
        </feed>
        """);

    assertThat(documents.get(0).declared().authors()).containsExactly("Mira Okafor", "Jon Haldane");
  }

  @Test
  void jsonFeed_itemAuthorsElseTheFeedsAndTheArticleCarriesThem() throws Exception {
    List<RawDocument> documents = read("feed.json", """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Orlan Island Post",
         "authors": [{"name": "Orlan Island Post staff"}],
         "items": [
           {"id": "1", "title": "Quay wall repaired", "authors": [{"name": "Lena Brandt"}, {"name": "Piet Smit"}],
            "content_html": "%s"},
           {"id": "2", "title": "Tide tables", "content_text": "High tide is at noon on Tuesday."}
         ]}
        """.formatted(BODY.replace("\"", "\\\"")));

    assertThat(documents.get(0).declared().authors()).containsExactly("Lena Brandt", "Piet Smit");
    assertThat(documents.get(1).declared().authors()).containsExactly("Orlan Island Post staff");

    Article article = new ArticleExtractor().extract(documents.get(0));
    assertThat(article.authors()).containsExactly("Lena Brandt", "Piet Smit");
  }

  @Test
  void jsonFeedVersion1_singleAuthorObject() throws IOException {
    List<RawDocument> documents = read("feed.json", """
        {"version": "https://jsonfeed.org/version/1", "title": "Orlan Island Post",
         "items": [{"id": "1", "title": "Tide tables", "author": {"name": "Lena Brandt"},
                    "content_text": "High tide is at noon on Tuesday."}]}
        """);

    assertThat(documents.get(0).declared().authors()).containsExactly("Lena Brandt");
  }
}
