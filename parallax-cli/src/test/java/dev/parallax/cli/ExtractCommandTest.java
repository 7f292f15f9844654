package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax extract}: text and metadata of any pages, one failure line per bad input. */
class ExtractCommandTest {
  private static final String PAGE = """
      <html><head><title>Quay wall repaired | Harbour Gazette</title>
      <meta property="og:site_name" content="Harbour Gazette">
      <meta property="article:published_time" content="2026-03-14T09:30:00Z">
      <meta name="author" content="Ines Moreau">
      <link rel="canonical" href="https://harbour-gazette.example/news/quay-wall"></head>
      <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
      <article><h1>Quay wall repaired</h1>
      <p>Engineers finished repairing the old quay wall in Port Ostry on Friday after a winter of storms.</p>
      <p>The harbour master said fishing boats could moor there again from Monday morning.</p></article>
      </body></html>""";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    ExtractCommand command = new ExtractCommand();
    command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void extract_htmlFile_printsMetadataWithEvidenceAndBody(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("quay.html"), PAGE);

    int code = run("", page.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains("== " + page)
        .contains("title:     Quay wall repaired")
        .contains("authors:   Ines Moreau")
        .contains("published: 2026-03-14 (evidence meta:article:published_time, confidence 0.90)")
        .contains("outlet:    Harbour Gazette")
        .contains("url:       https://harbour-gazette.example/news/quay-wall")
        .contains("canonical: https://harbour-gazette.example/news/quay-wall")
        .contains("modified:  -")
        .containsPattern("language:  en \\(confidence 0\\.\\d\\d\\)")
        .contains("Engineers finished repairing the old quay wall")
        .doesNotContain("Sport");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void extract_json_oneObjectPerLineAndBadInputsNamedOnStderr(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("quay.html"), PAGE);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("image.html"), new byte[] {'G', 'I', 'F', 0, 1, 2});

    int code = run(PAGE, "--json", empty.toString(), page.toString(), binary.toString(), "-");

    assertThat(code).isEqualTo(0);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("source").asText()).isEqualTo(page.toString());
    assertThat(first.get("published").get("date").asText()).isEqualTo("2026-03-14");
    assertThat(first.get("published").get("evidence").asText()).isEqualTo("meta:article:published_time");
    assertThat(first.get("authors").get(0).asText()).isEqualTo("Ines Moreau");
    assertThat(first.get("canonicalUrl").asText()).isEqualTo("https://harbour-gazette.example/news/quay-wall");
    assertThat(first.get("modified").isNull()).isTrue();
    assertThat(first.get("language").get("code").asText()).isEqualTo("en");
    assertThat(first.get("language").get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("body").asText()).startsWith("Engineers finished");
    assertThat(new ObjectMapper().readTree(lines[1]).get("source").asText()).isEqualTo("-");
    assertThat(err.toString().strip().split("\n")).containsExactly(
        "parallax: skipped " + empty + ": empty file",
        "parallax: skipped " + binary + ": binary content (NUL bytes)");
  }

  @Test
  void extract_nothingReadable_exitsOne(@TempDir Path dir) throws Exception {
    Path stub = Files.writeString(dir.resolve("stub.txt"), "Too short.");

    assertThat(run("", stub.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("skipped " + stub + ": no article text found");
  }
  private static byte[] gzip(byte[] bytes) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void extract_badInputsAmongGoodOnes_oneLineEachNamingInputAndReason(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("quay.html"), PAGE);
    Path empty = Files.writeString(dir.resolve("empty.html"), "");
    Path invalidXml = Files.writeString(dir.resolve("feed.rss"), "<rss><channel><item><title>cut");
    byte[] whole = gzip(PAGE.repeat(20).getBytes(StandardCharsets.UTF_8));
    Path truncated = Files.write(dir.resolve("cut.html.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Path bomb = Files.write(dir.resolve("bomb.html.gz"), gzip(new byte[21 * 1024 * 1024]));
    Path brokenWarc = Files.writeString(dir.resolve("crawl.warc"), "WARC/1.0\r\nnot a header\r\n\r\n");
    Path gzGood = Files.write(dir.resolve("quay2.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));

    int code = run("", empty.toString(), invalidXml.toString(), good.toString(), truncated.toString(),
        bomb.toString(), brokenWarc.toString(), gzGood.toString());

    assertThat(code).isEqualTo(0);
    assertThat(out.toString()).contains("== " + good, "== " + gzGood);
    assertThat(err.toString().strip().split("\n")).satisfiesExactly(
        line -> assertThat(line).isEqualTo("parallax: skipped " + empty + ": empty file"),
        line -> assertThat(line).startsWith("parallax: skipped " + invalidXml + ": not a readable RSS/Atom feed"),
        line -> assertThat(line).isEqualTo("parallax: skipped " + truncated + ": truncated gzip data (unexpected end of file)"),
        line -> assertThat(line).isEqualTo("parallax: skipped " + bomb
            + ": decompressed content (possible gzip bomb) larger than the limit of 20 MB"),
        line -> assertThat(line).startsWith("parallax: skipped " + brokenWarc + ": not a WARC file"));
  }
}
