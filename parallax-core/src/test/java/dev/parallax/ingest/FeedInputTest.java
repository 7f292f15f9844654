package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.DeclaredMetadata;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS, Atom and JSON Feed inputs: one document per entry, declared metadata, hostile XML refused. */
class FeedInputTest {
  @TempDir Path dir;

  private final InputReader reader = new InputReader();

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Harbour Gazette</title>
          <link>https://harbour-gazette.example/</link>
          <description>News from Port Ostry</description>
          <item>
            <title>Quay wall repaired after storms</title>
            <link>https://harbour-gazette.example/news/quay-wall</link>
            <pubDate>Sat, 14 Mar 2026 09:30:00 GMT</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>Engineers finished repairing the quay wall on Friday.</p><p>Boats may moor there again.</p>]]></content:encoded>
          </item>
          <item>
            <title>Ferry timetable changes</title>
            <link>https://harbour-gazette.example/news/ferry</link>
            <description>&lt;p&gt;The winter timetable ends on Sunday.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Nothing to say</title>
          </item>
        </channel>
      </rss>
      """;

  @Test
  void read_rss_oneHtmlDocumentPerEntryWithDeclaredMetadata() throws IOException {
    Path feed = write("gazette.rss", RSS);

    IngestResult result = reader.read(List.of(feed));

    assertThat(result.documents()).hasSize(2);
    RawDocument first = result.documents().get(0);
    assertThat(first.source()).isEqualTo(feed + "#entry-1");
    assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
    assertThat(first.content()).contains("Engineers finished repairing").doesNotContain("Short teaser");
    assertThat(first.declared()).isEqualTo(new DeclaredMetadata(Optional.of("Quay wall repaired after storms"),
        Optional.of("https://harbour-gazette.example/news/quay-wall"), Optional.of("Harbour Gazette"),
        Optional.of("2026-03-14")));
    assertThat(result.documents().get(1).content()).contains("<p>The winter timetable ends on Sunday.</p>");
    assertThat(result.failures()).containsExactly(
        new InputFailure(feed + "#entry-3", "feed entry has no content, description or summary"));
  }

  @Test
  void read_atom_entriesWithContentOrSummary() throws IOException {
    Path feed = write("gazette.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Kestrel Daily</title>
          <id>urn:uuid:kestrel</id>
          <updated>2026-03-15T08:00:00Z</updated>
          <entry>
            <title>Bridge reopens</title>
            <link href="https://kestrel.example/bridge"/>
            <id>urn:uuid:1</id>
            <published>2026-03-15T07:00:00Z</published>
            <updated>2026-03-15T08:00:00Z</updated>
            <content type="html">&lt;p&gt;The Vell bridge reopened to traffic on Sunday.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Market moves</title>
            <id>urn:uuid:2</id>
            <updated>2026-03-14T08:00:00Z</updated>
            <summary>The Saturday market moves to the harbour.</summary>
          </entry>
        </feed>
        """);

    IngestResult result = reader.read(List.of(feed));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).extracting(RawDocument::source)
        .containsExactly(feed + "#entry-1", feed + "#entry-2");
    assertThat(result.documents().get(0).content()).contains("The Vell bridge reopened");
    assertThat(result.documents().get(0).declared().published()).contains("2026-03-15");
    assertThat(result.documents().get(0).declared().url()).contains("https://kestrel.example/bridge");
    assertThat(result.documents().get(1).content()).contains("The Saturday market moves");
    assertThat(result.documents().get(1).declared().outlet()).contains("Kestrel Daily");
  }

  @Test
  void read_feedWithExternalEntity_refusedAndNothingResolved() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET-TOKEN-4711");
    Path feed = write("evil.xml", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
        <rss version="2.0"><channel><title>Evil</title>
        <item><title>&xxe;</title><description>&lt;p&gt;&xxe; leaked here.&lt;/p&gt;</description></item>
        </channel></rss>
        """.formatted(secret.toUri()));

    IngestResult result = reader.read(List.of(feed));

    assertThat(result.documents()).isEmpty();
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).source()).isEqualTo(feed.toString());
    assertThat(result.failures().get(0).reason()).startsWith("not a readable RSS/Atom feed").doesNotContain("TOP-SECRET");
  }

  @Test
  void read_feedFromStdinWithExternalEntity_neverResolved() {
    String evil = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/hostname"> ]>
        <rss version="2.0"><channel><title>Evil</title><item><title>&xxe;</title></item></channel></rss>
        """;

    IngestResult result = reader.readStream("-", new java.io.ByteArrayInputStream(evil.getBytes()));

    assertThat(result.documents()).isEmpty();
    assertThat(result.failures()).singleElement().extracting(InputFailure::reason).asString()
        .startsWith("not a readable RSS/Atom feed");
  }

  @Test
  void read_invalidXml_oneFailureLineOtherInputsStillRead() throws IOException {
    Path broken = write("broken.xml", "<rss version=\"2.0\"><channel><title>Half</title><item><title>Cut");
    Path good = write("good.rss", RSS);

    IngestResult result = reader.read(List.of(broken, good));

    assertThat(result.documents()).hasSize(2);
    assertThat(result.failures()).extracting(InputFailure::source)
        .containsExactly(broken.toString(), good + "#entry-3");
    assertThat(result.failures().get(0).reason()).startsWith("not a readable RSS/Atom feed");
  }

  @Test
  void read_jsonFeed_oneDocumentPerItem() throws IOException {
    Path feed = write("feed.json", """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Orlan Island Post",
         "items": [
           {"id": "1", "url": "https://orlan.example/1", "title": "Ferry strike ends",
            "content_html": "<p>Crews returned to work on Monday.</p>", "date_published": "2026-03-16T06:00:00+01:00"},
           {"id": "2", "title": "Tide tables", "content_text": "High tide is at noon on Tuesday."},
           {"id": "3", "title": "Empty"}
         ]}
        """);

    IngestResult result = reader.read(List.of(feed));

    assertThat(result.documents()).extracting(RawDocument::source, RawDocument::format).containsExactly(
        org.assertj.core.groups.Tuple.tuple(feed + "#item-1", RawDocument.Format.HTML),
        org.assertj.core.groups.Tuple.tuple(feed + "#item-2", RawDocument.Format.TEXT));
    assertThat(result.documents().get(0).declared()).isEqualTo(new DeclaredMetadata(Optional.of("Ferry strike ends"),
        Optional.of("https://orlan.example/1"), Optional.of("Orlan Island Post"), Optional.of("2026-03-16T06:00:00+01:00")));
    assertThat(result.failures()).extracting(InputFailure::source).containsExactly(feed + "#item-3");
  }

  @Test
  void read_jsonThatIsNotAFeed_oneClearFailure() throws IOException {
    Path json = write("config.json", "{\"name\": \"not a feed\"}");

    assertThat(reader.read(List.of(json)).failures()).singleElement().extracting(InputFailure::reason).asString()
        .startsWith("not a JSON Feed");
  }
}
