package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC archives, gzip, standard input, and hostile inputs: each bad one is one failure line. */
class ArchiveAndStreamInputTest {
  private static final String PAGE =
      "<html><body><p>The Orlan ferry resumed crossings on Monday after a nine-day strike.</p></body></html>";

  @TempDir Path dir;

  private final InputReader reader = new InputReader();

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** One WARC record: headers, block, and the two CRLFs that end it. */
  static byte[] warcRecord(String type, String uri, String contentType, String block) {
    byte[] body = utf8(block);
    String head = "WARC/1.0\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(utf8(uri + type)) + ">\r\n"
        + "WARC-Date: 2026-03-14T10:00:00Z\r\n"
        + "WARC-Target-URI: " + uri + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(head));
    out.writeBytes(body);
    out.writeBytes(utf8("\r\n\r\n"));
    return out.toByteArray();
  }

  static byte[] httpResponseRecord(String uri, String html) {
    byte[] body = utf8(html);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n" + html;
    return warcRecord("response", uri, "application/http; msgtype=response", http);
  }

  private static final byte[] BROKEN_RECORD = utf8("WARC/1.0\r\nthis line is not a header\r\n\r\ngarbage\r\n\r\n");

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void read_warc_responseAndResourceRecordsWithTargetAndDate() throws IOException {
    Path warc = write("crawl.warc", concat(
        warcRecord("warcinfo", "urn:x", "application/warc-fields", "software: test\r\n"),
        httpResponseRecord("https://orlan.example/ferry", PAGE),
        warcRecord("resource", "https://orlan.example/notes.txt", "text/plain", "Tide tables are posted at the pier."),
        warcRecord("resource", "https://orlan.example/logo.png", "image/png", "PNG")));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).extracting(RawDocument::source, RawDocument::format).containsExactly(
        org.assertj.core.groups.Tuple.tuple(warc + "#record-2", RawDocument.Format.HTML),
        org.assertj.core.groups.Tuple.tuple(warc + "#record-3", RawDocument.Format.TEXT));
    RawDocument page = result.documents().get(0);
    assertThat(page.content()).isEqualTo(PAGE);
    assertThat(page.declared().url()).contains("https://orlan.example/ferry");
    assertThat(page.declared().published()).contains("2026-03-14");
  }

  @Test
  void read_warcWithBrokenRecordInTheMiddle_reportedAndOthersRead() throws IOException {
    Path warc = write("broken.warc", concat(
        httpResponseRecord("https://orlan.example/a", PAGE),
        BROKEN_RECORD,
        httpResponseRecord("https://orlan.example/c", PAGE)));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents()).extracting(d -> d.declared().url().orElseThrow())
        .containsExactly("https://orlan.example/a", "https://orlan.example/c");
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.source()).isEqualTo(warc + "#record-2");
      assertThat(f.reason()).startsWith("broken WARC record at byte ");
    });
  }

  @Test
  void read_gzippedWarcWithBrokenMember_reportedAndOthersRead() throws IOException {
    byte[] brokenMember = gzip(BROKEN_RECORD);
    Path warc = write("crawl.warc.gz", concat(
        gzip(httpResponseRecord("https://orlan.example/a", PAGE)),
        brokenMember,
        gzip(httpResponseRecord("https://orlan.example/c", PAGE))));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents()).extracting(d -> d.declared().url().orElseThrow())
        .containsExactly("https://orlan.example/a", "https://orlan.example/c");
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).reason()).startsWith("broken WARC record");
  }

  @Test
  void read_notAWarc_oneFailure() throws IOException {
    Path warc = write("fake.warc", utf8("just some text, not an archive"));

    IngestResult result = reader.read(List.of(warc));

    assertThat(result.documents()).isEmpty();
    assertThat(result.failures()).singleElement().extracting(InputFailure::source).isEqualTo(warc.toString());
  }

  @Test
  void read_gzippedHtml_decompressedAndReadAsHtml() throws IOException {
    Path page = write("page.html.gz", gzip(utf8(PAGE)));

    IngestResult result = reader.read(List.of(page));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).singleElement().satisfies(d -> {
      assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
      assertThat(d.content()).isEqualTo(PAGE);
    });
  }

  @Test
  void read_gzipBomb_refusedAtTheLimitWithoutInflatingIt() throws IOException {
    // 8 MB of zeros compresses to a few KB; the limit is 1 MB.
    Path bomb = write("bomb.txt.gz", gzip(new byte[8 * 1024 * 1024]));
    Path good = write("good.html", utf8(PAGE));
    InputReader small = new InputReader(new IngestLimits(1024 * 1024));

    IngestResult result = small.read(List.of(bomb, good));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.failures()).containsExactly(new InputFailure(bomb.toString(),
        "decompressed content (possible gzip bomb) larger than the limit of 1 MB"));
  }

  @Test
  void read_truncatedGzip_clearFailure() throws IOException {
    byte[] whole = gzip(utf8(PAGE.repeat(50)));
    Path cut = write("cut.html.gz", Arrays.copyOf(whole, whole.length / 2));

    assertThat(reader.read(List.of(cut)).failures()).singleElement().extracting(InputFailure::reason)
        .isEqualTo("truncated gzip data (unexpected end of file)");
  }

  @Test
  void read_gzNamedFileThatIsNotGzip_clearFailure() throws IOException {
    Path fake = write("fake.txt.gz", utf8("plain text with a misleading name"));

    assertThat(reader.read(List.of(fake)).failures()).singleElement().extracting(InputFailure::reason).asString()
        .startsWith("corrupt gzip data");
  }

  @Test
  void read_longOneLineFileOverLimit_refusedBeforeReading() throws IOException {
    // Stands in for a 50 MB one-line file against the 20 MB default: same check, smaller numbers.
    Path line = write("line.txt", utf8("word ".repeat(100_000)));
    InputReader small = new InputReader(new IngestLimits(100_000));

    assertThat(small.read(List.of(line)).failures()).singleElement().extracting(InputFailure::reason)
        .isEqualTo("file too large: 489 KB (limit 98 KB)");
  }

  // ---- standard input ----

  private IngestResult stdin(byte[] bytes) {
    return reader.readStream("-", new ByteArrayInputStream(bytes));
  }

  @Test
  void readStream_startsWithAngleBracket_html() {
    assertThat(stdin(utf8("  " + PAGE)).documents()).singleElement().satisfies(d -> {
      assertThat(d.source()).isEqualTo("-");
      assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
    });
  }

  @Test
  void readStream_everyLineAJsonObject_jsonlRecords() {
    IngestResult result = stdin(utf8("{\"text\": \"First report.\"}\n\n{\"html\": \"<p>Second.</p>\"}\n"));

    assertThat(result.documents()).extracting(RawDocument::source).containsExactly("-#1", "-#3");
  }

  @Test
  void readStream_otherText_plainText() {
    IngestResult result = stdin(utf8("{not json} The ferry resumed crossings on Monday."));

    assertThat(result.documents()).singleElement().extracting(RawDocument::format).isEqualTo(RawDocument.Format.TEXT);
  }

  @Test
  void readStream_rssFeed_entries() {
    assertThat(stdin(utf8(FeedInputTest.RSS)).documents()).extracting(RawDocument::source)
        .containsExactly("-#entry-1", "-#entry-2");
  }

  @Test
  void readStream_gzippedHtml_decompressed() throws IOException {
    assertThat(stdin(gzip(utf8(PAGE))).documents()).singleElement().extracting(RawDocument::content).isEqualTo(PAGE);
  }

  @Test
  void readStream_warc_recordsNamedAfterTheStream() {
    IngestResult result = stdin(httpResponseRecord("https://orlan.example/a", PAGE));

    assertThat(result.documents()).singleElement().extracting(RawDocument::source).isEqualTo("-#record-1");
  }

  @Test
  void readStream_emptyOrBinary_oneFailureEach() {
    assertThat(stdin(new byte[0]).failures()).containsExactly(new InputFailure("-", "empty input"));
    assertThat(stdin(new byte[] {'P', 'K', 3, 4, 0, 0}).failures())
        .containsExactly(new InputFailure("-", "binary content (NUL bytes)"));
  }

  @Test
  void readStream_endlessInput_stopsReadingPastTheLimit() {
    InputReader small = new InputReader(new IngestLimits(64 * 1024));
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'x');
        return len;
      }
    };

    IngestResult result = small.readStream("-", endless);

    assertThat(result.failures()).containsExactly(new InputFailure("-", "input larger than the limit of 64 KB"));
  }
}
