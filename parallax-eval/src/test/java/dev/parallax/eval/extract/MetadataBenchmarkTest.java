package dev.parallax.eval.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata gold set is scored field by field, and a broken gold file is named. */
class MetadataBenchmarkTest {
  @TempDir Path dir;

  private static final String PAGE = """
      <html><head><title>Quay wall repaired | Harbour Gazette</title>
      <meta property="article:published_time" content="2026-03-13T09:00:00Z"></head>
      <body><article><h1>Quay wall repaired</h1><p class="byline">By Ana Ruiz</p>
      <p>Engineers finished repairing the quay wall in Port Ostry on Friday after the winter storms.</p>
      <p>Boats may moor there again from Monday, the harbour master said in a statement.</p></article></body></html>
      """;

  @Test
  void run_scoresDateAuthorsAndTitleAgainstTheGold() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("b.html"), PAGE);
    Files.writeString(dir.resolve("gold.json"), """
        {"a.html": {"title": "Quay wall repaired", "published": "2026-03-13", "authors": ["Ana Ruiz"]},
         "b.html": {"title": "Another headline", "published": "2026-03-12", "authors": ["Ana Ruiz", "Tom Vale"]}}
        """);

    MetadataBenchmark.Report report = MetadataBenchmark.inFolder(dir).run();

    assertThat(report.pages()).isEqualTo(2);
    assertThat(report.datesRight()).isEqualTo(1);
    assertThat(report.titlesRight()).isEqualTo(1);
    assertThat(report.authorsRight()).isEqualTo(2);
    assertThat(report.authorsFound()).isEqualTo(2);
    assertThat(report.authorsGold()).isEqualTo(3);
    assertThat(report.errors()).containsExactly(
        "b.html: date 2026-03-13, gold 2026-03-12 (from meta:article:published_time)",
        "b.html: authors [Ana Ruiz], gold [Ana Ruiz, Tom Vale]",
        "b.html: title \"Quay wall repaired\", gold \"Another headline\"");
  }

  @Test
  void run_badGoldDate_namesThePage() throws IOException {
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("gold.json"), "{\"a.html\": {\"title\": \"T\", \"published\": \"13 March\"}}");

    assertThatThrownBy(() -> MetadataBenchmark.inFolder(dir).run())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("a.html").hasMessageContaining("13 March");
  }

  @Test
  void run_folderWithoutGold_saysWhatIsMissing() {
    assertThatThrownBy(() -> MetadataBenchmark.inFolder(dir).run())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("gold.json");
  }

  @Test
  void bundled_everyPageOfTheGoldIsReadAndScored() throws IOException {
    MetadataBenchmark.Report report = MetadataBenchmark.bundled().run();

    assertThat(report.pages()).isEqualTo(30);
    assertThat(report.errors()).noneMatch(e -> e.contains("no article extracted"));
  }
}
