package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, one line per bad input, files written. */
class CliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ParallaxCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void brief_badInputsAreNamedOneLineEachAndTheRestIsBriefed(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("ferry.txt"), """
        Ferry strike halts crossings to Orlan Island

        Crews of the Orlan ferry line walked out on Monday over unpaid overtime, stopping all crossings to the island.
        The operator said it had offered a new pay deal and hoped to resume sailings by Wednesday.
        About 3,000 islanders rely on the ferry to reach work and school on the mainland each day.
        "We have waited eleven months for this money," said union organiser Tomas Brandvik.
        """);
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.html"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
    Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"broken\n");
    Path out = dir.resolve("out");

    int code = run("brief", in.toString(), "--out", out.toString(), "--format", "md,json");

    assertThat(code).isEqualTo(0);
    String[] lines = err.toString().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(err.toString())
        .containsPattern("skipped .*empty\\.txt: empty file")
        .containsPattern("skipped .*binary\\.html: binary")
        .containsPattern("skipped .*feed\\.jsonl#1: invalid JSON");
    assertThat(this.out.toString()).contains("Ferry strike halts crossings to Orlan Island");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("story-0001.md", "story-0001.json", "index.md").noneMatch(n -> n.endsWith(".html"));
    }
  }

  @Test
  void brief_nothingReadable_exitsOneAndSaysSo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    assertThat(run("brief", dir.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("empty file").contains("no article could be read");
  }

  @Test
  void brief_missingPath_isNamed(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("nope.txt");
    assertThat(run("brief", missing.toString(), "--out", dir.resolve("out").toString())).isEqualTo(1);
    assertThat(err.toString()).contains(missing.toString());
  }

  @Test
  void brief_unknownFormat_isAUsageError(@TempDir Path dir) {
    assertThat(run("brief", dir.toString(), "--format", "pdf")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown format 'pdf'");
  }

  @Test
  void help_explainsEveryCommandWithAnExample() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out.toString()).contains("demo").contains("brief").contains("Exit codes");
    out.getBuffer().setLength(0);
    assertThat(run("brief", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("--out").contains("--format").contains("Example");
  }
}
