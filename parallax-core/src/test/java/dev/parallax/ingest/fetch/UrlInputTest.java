package dev.parallax.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.IngestLimits;
import dev.parallax.ingest.IngestResult;
import dev.parallax.ingest.InputReader;
import dev.parallax.model.Article;
import dev.parallax.model.InputFailure;
import dev.parallax.model.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs read end to end against a loopback server started here; no other network is used. */
class UrlInputTest {
  private static final String PAGE = """
      <html><head><title>Harbour bridge reopens | The Lantern Post</title></head><body>
      <article><h1>Harbour bridge reopens after repairs</h1>
      <p>The Velmora harbour bridge reopened on Tuesday after six weeks of repairs, the city council said.</p>
      <p>Engineer Talia Brennick said the new cables would last for forty years and that traffic would return to normal by Friday.</p>
      <p>Local traders, who had complained about the detour, welcomed the news at a meeting in the market hall.</p>
      </article></body></html>
      """;

  private LocalServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Loopback allowed, short read timeout, and a limiter on a fake clock that never waits. */
  /** Generous timeouts: a loaded machine must not turn a 404 into a robots.txt timeout. */
  private static FetchPolicy testPolicy() {
    return FetchPolicy.DEFAULT.withAllowPrivateAddresses(true).withReadTimeout(Duration.ofSeconds(5));
  }

  /** For the tests about timeouts themselves: their servers stall for 5 s. */
  private static FetchPolicy shortTimeoutPolicy() {
    return testPolicy().withReadTimeout(Duration.ofMillis(400));
  }

  private static InputReader reader(FetchPolicy policy) {
    HostRateLimiter noWait = new HostRateLimiter(policy.requestsPerSecond(), () -> 0L, nanos -> { });
    return new InputReader(IngestLimits.DEFAULT, new HttpFetcher(policy, noWait));
  }

  private static String reasonOf(IngestResult result) {
    assertThat(result.documents()).isEmpty();
    assertThat(result.failures()).hasSize(1);
    return result.failures().get(0).reason();
  }

  @Test
  void readUrl_htmlAfterRedirect_isExtractedWithItsFinalUrl() throws Exception {
    server.on("/old", exchange -> LocalServer.redirect(exchange, "/news/bridge"))
        .on("/news/bridge", exchange ->
            LocalServer.send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));

    IngestResult result = reader(testPolicy()).readUrl(server.url("/old"));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).hasSize(1);
    RawDocument document = result.documents().get(0);
    assertThat(document.source()).isEqualTo(server.url("/old"));
    assertThat(document.format()).isEqualTo(RawDocument.Format.HTML);
    Article article = new ArticleExtractor().extract(document);
    assertThat(article.url()).contains(server.url("/news/bridge"));
    assertThat(article.title()).contains("Harbour bridge reopens");
    assertThat(article.body()).contains("Engineer Talia Brennick said the new cables");
    assertThat(server.userAgents).allMatch(ua -> ua.startsWith("Parallax/"));
  }

  @Test
  void readUrl_redirectLoop_stopsAfterFiveRedirects() {
    server.on("/loop", exchange -> LocalServer.redirect(exchange, "/loop"));

    String reason = reasonOf(reader(testPolicy()).readUrl(server.url("/loop")));

    assertThat(reason).isEqualTo("too many redirects (more than 5)");
    assertThat(server.requests.stream().filter(r -> r.equals("/loop"))).hasSize(6);
  }

  @Test
  void readUrl_gzipEncodedBody_isDecompressed() {
    server.on("/zipped", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalServer.send(exchange, 200, "text/html", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    });

    IngestResult result = reader(testPolicy()).readUrl(server.url("/zipped"));

    assertThat(result.documents()).singleElement()
        .satisfies(d -> assertThat(d.content()).contains("Velmora harbour bridge"));
  }

  @Test
  void readUrl_charsetInHeader_winsOverTheContentsOwnGuess() {
    // windows-1252 bytes (curly quotes, e acute) in a page whose meta wrongly claims ISO-8859-5
    String page = "<html><head><meta charset=\"iso-8859-5\"><title>Caf\u00e9 opens</title></head><body><p>"
        + "\u201cWe are ready,\u201d said the owner of the caf\u00e9 on Tuesday morning.</p></body></html>";
    byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
    server.on("/cafe", exchange -> LocalServer.send(exchange, 200, "text/html; charset=windows-1252", bytes));

    IngestResult result = reader(testPolicy()).readUrl(server.url("/cafe"));

    assertThat(result.documents()).singleElement()
        .satisfies(d -> assertThat(d.content()).contains("\u201cWe are ready,\u201d said the owner of the caf\u00e9"));
  }

  @Test
  void readUrl_bodyLargerThanTheCap_isRefused() {
    byte[] big = "<p>filler text</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    server.on("/big", exchange -> LocalServer.send(exchange, 200, "text/html", big))
        .on("/bomb", exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LocalServer.send(exchange, 200, "text/html", gzip(big)); // small on the wire, large decompressed
        });
    InputReader reader = reader(testPolicy().withMaxBytes(10_000));

    assertThat(reasonOf(reader.readUrl(server.url("/big")))).isEqualTo("too large: more than 10 KB");
    assertThat(reasonOf(reader.readUrl(server.url("/bomb")))).isEqualTo("too large: more than 10 KB");
  }

  @Test
  void readUrl_serverSlowerThanTheReadTimeout_failsWithTimeout() {
    server.on("/slow", exchange -> {
      try {
        Thread.sleep(5_000); // interrupted when the test server stops
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    assertThat(reasonOf(reader(shortTimeoutPolicy()).readUrl(server.url("/slow"))))
        .isEqualTo("timed out after 400 ms waiting for the server");
  }

  @Test
  void readUrl_bodyThatStalls_failsWithTimeout() {
    server.on("/stall", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0); // chunked
      exchange.getResponseBody().write("<html><body><p>The first part".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      try {
        Thread.sleep(5_000); // interrupted when the test server stops
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    assertThat(reasonOf(reader(shortTimeoutPolicy()).readUrl(server.url("/stall"))))
        .isEqualTo("timed out after 400 ms without data while reading the body");
  }

  @Test
  void readUrl_pathDisallowedByRobotsTxt_isRefusedAndRobotsFetchedOnce() {
    server.on("/robots.txt", exchange -> LocalServer.send(exchange, 200, "text/plain",
            "User-agent: *\nDisallow: /members/\n".getBytes(StandardCharsets.UTF_8)))
        .on("/members/", exchange -> LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)))
        .on("/open", exchange -> LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    InputReader reader = reader(testPolicy());

    assertThat(reasonOf(reader.readUrl(server.url("/members/story")))).isEqualTo("disallowed by robots.txt");
    assertThat(reader.readUrl(server.url("/open")).documents()).hasSize(1);
    assertThat(server.requests).containsExactly("/robots.txt", "/open");
  }

  @Test
  void readUrl_loopbackByDefault_isRefusedWithoutARequest() {
    server.on("/news", exchange -> LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));

    String reason = reasonOf(new InputReader().readUrl(server.url("/news")));

    assertThat(reason).startsWith("refused address 127.0.0.1").contains("loopback");
    assertThat(server.requests).isEmpty();
  }

  @Test
  void fetch_redirectToAnotherPrivateAddress_isRefusedAtThatHop() {
    // Only the test server's own address is exempted: the guard runs again at the redirect.
    server.on("/hop", exchange -> LocalServer.redirect(exchange, "http://127.0.0.2:9/admin"));
    HttpFetcher fetcher = new HttpFetcher(FetchPolicy.DEFAULT, new HostRateLimiter(1.0, () -> 0L, nanos -> { }),
        new AddressGuard(false, address -> address.getHostAddress().equals("127.0.0.1")));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/hop")))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("refused address 127.0.0.2");
    assertThat(server.requests).containsExactly("/hop");
  }

  @Test
  void fetch_hostRebindingWhileWaitingForTheRateLimit_isRefusedBeforeConnecting() {
    // The host's answer turns private while the request waits its turn (the second request to the
    // host, after robots.txt, waits): the guard must judge the answer the connection will use.
    server.on("/news", exchange -> LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    java.util.concurrent.atomic.AtomicBoolean rebound = new java.util.concurrent.atomic.AtomicBoolean();
    HostRateLimiter waitThenRebind = new HostRateLimiter(1.0, () -> 0L, nanos -> rebound.set(true));
    HttpFetcher fetcher = new HttpFetcher(FetchPolicy.DEFAULT, waitThenRebind,
        new AddressGuard(false, address -> address.getHostAddress().equals("127.0.0.1") && !rebound.get()));

    assertThatThrownBy(() -> fetcher.fetch(server.url("/news")))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("refused address 127.0.0.1");
    assertThat(server.requests).isEmpty(); // robots.txt (404) was fetched before; the page never was
  }

  @Test
  void readUrl_feed_givesOneDocumentPerEntryWithoutFetchingTheirLinks() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>The Lantern Post</title><link>%1$s</link><description>News</description>
        <item><title>Bridge reopens</title><link>%1$s/a/1</link><description>The Velmora bridge reopened on Tuesday after repairs lasting six weeks.</description></item>
        <item><title>Market hall vote</title><link>%1$s/a/2</link><description>Traders voted to keep the market hall open on Sundays this summer.</description></item>
        <item><title>Ferry timetable</title><link>%1$s/a/3</link><description>The island ferry will run every hour from May, the operator said.</description></item>
        </channel></rss>
        """.formatted(server.url(""));
    server.on("/feed", exchange -> LocalServer.send(exchange, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8)));

    IngestResult result = reader(testPolicy()).readUrl(server.url("/feed"));

    assertThat(result.failures()).isEmpty();
    assertThat(result.documents()).extracting(RawDocument::source).containsExactly(
        server.url("/feed") + "#entry-1", server.url("/feed") + "#entry-2", server.url("/feed") + "#entry-3");
    assertThat(result.documents().get(1).declared().url()).contains(server.url("/a/2"));
    assertThat(server.requests).containsExactly("/feed");
  }

  @Test
  void readUrl_followingFeedLinks_givesTheLinkedPagesAndKeepsSummariesOfBrokenLinks() {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>The Lantern Post</title><link>%1$s</link><description>News</description>
        <item><title>Bridge reopens</title><link>%1$s/news/bridge</link><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate><description>The bridge reopened.</description></item>
        <item><title>Ferry timetable</title><link>%1$s/news/gone</link><description>The ferry runs hourly.</description></item>
        </channel></rss>
        """.formatted(server.url(""));
    server.on("/feed", exchange -> LocalServer.send(exchange, 200, "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8)))
        .on("/news/bridge", exchange -> LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));

    IngestResult result = reader(testPolicy()).followingFeedLinks().readUrl(server.url("/feed"));

    assertThat(result.documents()).extracting(RawDocument::source)
        .containsExactly(server.url("/news/bridge"), server.url("/feed") + "#entry-2");
    RawDocument page = result.documents().get(0);
    assertThat(page.content()).contains("Engineer Talia Brennick");
    assertThat(page.declared().outlet()).contains("The Lantern Post");
    assertThat(page.declared().published()).contains("2026-03-03");
    assertThat(result.failures()).extracting(InputFailure::toString)
        .containsExactly(server.url("/news/gone") + ": HTTP status 404");
  }

  @Test
  void readUrl_notFound_failsWithTheStatus() {
    assertThat(reasonOf(reader(testPolicy()).readUrl(server.url("/missing")))).isEqualTo("HTTP status 404");
  }

  @Test
  void readInputs_urlsAndFiles_readInOrderAndABadUrlDoesNotStopTheRest(@TempDir Path dir) throws Exception {
    server.on("/page.txt", exchange -> LocalServer.send(exchange, 200, null,
        "Ferry runs hourly from May, the island operator said on Monday.".getBytes(StandardCharsets.UTF_8)));
    Path file = Files.writeString(dir.resolve("local.txt"), "The market hall stays open on Sundays, traders decided.");

    IngestResult result = reader(testPolicy()).readInputs(
        List.of(server.url("/gone"), file.toString(), "ftp://files.example/a.txt", server.url("/page.txt")));

    assertThat(result.failures()).extracting(InputFailure::toString).containsExactly(
        server.url("/gone") + ": HTTP status 404",
        "ftp://files.example/a.txt: unsupported URL scheme (only http and https are fetched)");
    assertThat(result.documents()).extracting(RawDocument::source)
        .containsExactly(file.toString(), server.url("/page.txt"));
    assertThat(result.documents().get(1).format()).isEqualTo(RawDocument.Format.TEXT);
  }

  @Test
  void readUrl_deflateEncodedBody_isDecompressed() {
    server.on("/deflated", exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "deflate");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
        z.write(PAGE.getBytes(StandardCharsets.UTF_8));
      }
      LocalServer.send(exchange, 200, "text/html", out.toByteArray());
    });

    assertThat(reader(testPolicy()).readUrl(server.url("/deflated")).documents()).singleElement()
        .satisfies(d -> assertThat(d.content()).contains("Velmora harbour bridge"));
  }

  @Test
  void readUrl_jsonlServedAsOctetStream_isReadByItsExtension() {
    String jsonl = "{\"title\":\"Ferry\",\"text\":\"The ferry runs hourly from May.\"}\n"
        + "{\"title\":\"Market\",\"text\":\"The market hall opens on Sundays.\"}\n";
    server.on("/dump.jsonl", exchange ->
        LocalServer.send(exchange, 200, "application/octet-stream", jsonl.getBytes(StandardCharsets.UTF_8)));

    IngestResult result = reader(testPolicy()).readUrl(server.url("/dump.jsonl"));

    assertThat(result.documents()).extracting(RawDocument::source)
        .containsExactly(server.url("/dump.jsonl") + "#1", server.url("/dump.jsonl") + "#2");
  }

  @Test
  void readUrl_robotsTxtServerError_disallowsTheHost() {
    server.on("/robots.txt", exchange -> LocalServer.send(exchange, 503, "text/plain", new byte[0]))
        .on("/news", exchange -> LocalServer.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));

    assertThat(reasonOf(reader(testPolicy()).readUrl(server.url("/news"))))
        .isEqualTo("disallowed by robots.txt (robots.txt unreachable: HTTP status 503)");
    assertThat(server.requests).containsExactly("/robots.txt");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
