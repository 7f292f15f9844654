package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs beside paths in {@code extract} and {@code brief}, against a loopback server started here. */
class UrlInputsCommandTest {
  private static final String PAGE = """
      <html><head><title>Ferry timetable changes | Island Courier</title>
      <meta property="og:site_name" content="Island Courier"></head>
      <body><article><h1>Ferry timetable changes</h1>
      <p>The ferry between Port Ostry and Lanmere island will run every hour from May, the operator Brisk Lines said on Monday.</p>
      <p>Captain Oren Vask said the new boat could carry twice as many cars as the old one.</p></article>
      </body></html>""";

  private HttpServer server;
  private final CapturedCli cli = new CapturedCli();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/news/ferry", exchange -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void extract_url_printsTheArticleWithItsUrl() {
    int code = cli.run("extract", "--allow-private-addresses", "--rate", "100", url("/news/ferry"));

    assertThat(code).isEqualTo(0);
    assertThat(cli.out())
        .contains("== " + url("/news/ferry"))
        .contains("url:       " + url("/news/ferry"))
        .contains("Captain Oren Vask said");
  }

  @Test
  void extract_loopbackUrlWithoutTheFlag_isOneFailureLine() {
    int code = cli.run("extract", url("/news/ferry"));

    assertThat(code).isEqualTo(1);
    assertThat(cli.err().lines().filter(l -> l.startsWith("parallax: skipped")))
        .singleElement().asString()
        .startsWith("parallax: skipped " + url("/news/ferry") + ": refused address 127.0.0.1");
  }

  @Test
  void extract_nonPositiveRate_isAUsageError() {
    assertThat(cli.run("extract", "--rate", "0", url("/news/ferry"))).isEqualTo(2);
  }

  @Test
  void brief_urlBesideAFileAndAMissingUrl_briefsAndNamesTheFailure(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ferry.txt"), """
        Ferry to run every hour from May

        The Lanmere island ferry will run every hour from May, operator Brisk Lines said on Monday.
        Captain Oren Vask said the new boat carries twice as many cars as the old one.
        """);

    int code = cli.run("brief", "--allow-private-addresses", "--rate", "100", url("/news/ferry"), file.toString(),
        url("/news/gone"), "--out", dir.resolve("out").toString(), "--format", "json");

    assertThat(code).isEqualTo(0);
    assertThat(cli.err()).contains("parallax: skipped " + url("/news/gone") + ": HTTP status 404");
    assertThat(cli.out()).contains("Read 2 articles (1 inputs skipped)");
  }

  @Test
  void extract_feedUrlWithFollowFeedLinks_printsTheLinkedPage() throws Exception {
    server.createContext("/feed", exchange -> {
      byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Island Courier</title>"
          + "<item><title>Ferry timetable changes</title><link>" + url("/news/ferry") + "</link>"
          + "<description>Ferry news.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(body);
      }
    });

    int code = cli.run("extract", "--allow-private-addresses", "--rate", "100", "--follow-feed-links", url("/feed"));

    assertThat(code).isEqualTo(0);
    assertThat(cli.out()).contains("== " + url("/news/ferry")).contains("Captain Oren Vask said");
  }
}
